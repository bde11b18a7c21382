package app.tribune.platform.cache;

import jakarta.servlet.ServletOutputStream;
import jakarta.servlet.WriteListener;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.Charset;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Holds back what a page writes so the cache can keep it and serve it compressed and with
 * validators. Status and headers go through to the real response as usual; the body goes there only
 * when the page turns out not to be cacheable: an error or a redirect (the server writes its own
 * page), or a body too big to keep, which then streams on as if nothing were in between.
 */
final class CapturingResponse extends HttpServletResponseWrapper {

  /** Headers the cache sets itself on every answer, so a page's own values are not replayed. */
  private static final Set<String> MANAGED =
      Set.of(
          "content-length",
          "content-type",
          "etag",
          "last-modified",
          "cache-control",
          "vary",
          "date",
          "set-cookie");

  private final int limit;
  private final ByteArrayOutputStream buffer = new ByteArrayOutputStream(32 * 1024);
  private final Map<String, List<String>> headers = new LinkedHashMap<>();
  private final Capture capture = new Capture();
  private ServletOutputStream stream;
  private PrintWriter writer;
  private boolean passedThrough;
  private boolean cookieSet;
  private String cacheControl;
  private String contentEncoding;

  CapturingResponse(HttpServletResponse response, int limit) {
    super(response);
    this.limit = limit;
  }

  /** True when the body went (or goes) to the real response: nothing here to keep or serve. */
  boolean passedThrough() {
    return passedThrough;
  }

  /** Whether the page tried to set a cookie through this response. */
  boolean cookieSet() {
    return cookieSet;
  }

  /** The {@code Cache-Control} the page asked for itself, if any ({@code no-store}, say). */
  String pageCacheControl() {
    return cacheControl;
  }

  /** Whether the page encoded its body itself; such a body is not ours to compress or keep. */
  boolean encodedByPage() {
    return contentEncoding != null;
  }

  /** The headers the page set, to replay with its cached bytes. */
  Map<String, List<String>> pageHeaders() {
    return headers;
  }

  /** What the page wrote, once it has finished. */
  byte[] body() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    return buffer.toByteArray();
  }

  /** Flushes what a page that streamed on may still hold in its writer. */
  void finish() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (passedThrough) {
      super.flushBuffer();
    }
  }

  @Override
  public ServletOutputStream getOutputStream() {
    if (writer != null) {
      throw new IllegalStateException("getWriter() was already called on this response");
    }
    stream = capture;
    return stream;
  }

  @Override
  public PrintWriter getWriter() {
    if (writer == null) {
      if (stream != null) {
        throw new IllegalStateException("getOutputStream() was already called on this response");
      }
      writer =
          new PrintWriter(
              new OutputStreamWriter(capture, Charset.forName(getCharacterEncoding())), false);
    }
    return writer;
  }

  @Override
  public void flushBuffer() throws IOException {
    if (writer != null) {
      writer.flush();
    }
    if (passedThrough) {
      super.flushBuffer();
    }
  }

  @Override
  public boolean isCommitted() {
    return passedThrough && super.isCommitted();
  }

  @Override
  public void resetBuffer() {
    if (writer != null) {
      writer.flush();
    }
    buffer.reset();
    super.resetBuffer();
  }

  @Override
  public void reset() {
    resetBuffer();
    headers.clear();
    cookieSet = false;
    cacheControl = null;
    contentEncoding = null;
    super.reset();
  }

  @Override
  public void sendError(int status, String message) throws IOException {
    passThrough();
    super.sendError(status, message);
  }

  @Override
  public void sendError(int status) throws IOException {
    passThrough();
    super.sendError(status);
  }

  @Override
  public void sendRedirect(String location) throws IOException {
    passThrough();
    super.sendRedirect(location);
  }

  @Override
  public void setContentLength(int length) {
    if (passedThrough) {
      super.setContentLength(length);
    }
  }

  @Override
  public void setContentLengthLong(long length) {
    if (passedThrough) {
      super.setContentLengthLong(length);
    }
  }

  @Override
  public void addCookie(Cookie cookie) {
    cookieSet = true;
    super.addCookie(cookie);
  }

  @Override
  public void setLocale(Locale locale) {
    super.setLocale(locale);
    record("Content-Language", locale.toLanguageTag(), true);
  }

  @Override
  public void setHeader(String name, String value) {
    if (!"content-length".equalsIgnoreCase(name) || passedThrough) {
      super.setHeader(name, value);
    }
    record(name, value, true);
  }

  @Override
  public void addHeader(String name, String value) {
    if (!"content-length".equalsIgnoreCase(name) || passedThrough) {
      super.addHeader(name, value);
    }
    record(name, value, false);
  }

  @Override
  public void setDateHeader(String name, long date) {
    super.setDateHeader(name, date);
    record(name, httpDate(date), true);
  }

  @Override
  public void addDateHeader(String name, long date) {
    super.addDateHeader(name, date);
    record(name, httpDate(date), false);
  }

  @Override
  public void setIntHeader(String name, int value) {
    setHeader(name, Integer.toString(value));
  }

  @Override
  public void addIntHeader(String name, int value) {
    addHeader(name, Integer.toString(value));
  }

  private void record(String name, String value, boolean replace) {
    String lower = name.toLowerCase(Locale.ROOT);
    if (lower.equals("set-cookie")) {
      cookieSet = true;
    } else if (lower.equals("cache-control")) {
      cacheControl = value;
    } else if (lower.equals("content-encoding")) {
      contentEncoding = value;
    }
    if (!MANAGED.contains(lower)) {
      List<String> values = headers.computeIfAbsent(name, n -> new ArrayList<>(1));
      if (replace) {
        values.clear();
      }
      values.add(value);
    }
  }

  private void passThrough() throws IOException {
    if (!passedThrough) {
      passedThrough = true;
      buffer.reset();
    }
  }

  /** Past the limit, what was held goes out and the rest follows directly. */
  private void spill() throws IOException {
    passedThrough = true;
    ServletOutputStream out = getResponse().getOutputStream();
    buffer.writeTo(out);
    buffer.reset();
  }

  private static String httpDate(long epochMillis) {
    return DateTimeFormatter.RFC_1123_DATE_TIME.format(
        Instant.ofEpochMilli(epochMillis).atZone(ZoneOffset.UTC));
  }

  /** The stream pages write to, directly or through the writer. */
  private final class Capture extends ServletOutputStream {

    @Override
    public void write(int b) throws IOException {
      write(new byte[] {(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] bytes, int offset, int length) throws IOException {
      if (!passedThrough && buffer.size() + length > limit) {
        spill();
      }
      if (passedThrough) {
        getResponse().getOutputStream().write(bytes, offset, length);
      } else {
        buffer.write(bytes, offset, length);
      }
    }

    @Override
    public void flush() throws IOException {
      if (passedThrough) {
        getResponse().getOutputStream().flush();
      }
    }

    /** The container closes a forwarded response; the cache still has to serve it. */
    @Override
    public void close() {
      // Nothing to release: the real response is closed by the container after the filter.
    }

    @Override
    public boolean isReady() {
      return true;
    }

    @Override
    public void setWriteListener(WriteListener listener) {
      throw new UnsupportedOperationException("Pages are written synchronously");
    }
  }
}
