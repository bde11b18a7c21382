package bench;

import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The reader benchmark's bare servlet: what Payara Micro costs for a request when no filter, CDI
 * bean or security constraint of an application stands in the way. It answers the
 * bytes the portal's {@code /robots.txt} answers, so the two lines of the report compare alike.
 */
@WebServlet("/robots.txt")
public class BareServlet extends HttpServlet {

  private static final byte[] BODY =
      "User-agent: *\nAllow: /\n".getBytes(StandardCharsets.US_ASCII);

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    response.setContentType("text/plain");
    response.setContentLength(BODY.length);
    response.getOutputStream().write(BODY);
  }
}
