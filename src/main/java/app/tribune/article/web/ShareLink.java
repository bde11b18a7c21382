package app.tribune.article.web;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * A plain link that shares an article on a network or by e-mail: the network's own share address
 * with the article's, no script and nothing loaded from the network until the reader clicks.
 *
 * @param network a short name for styles: facebook, x, linkedin, whatsapp, email
 * @param label what the link says
 * @param href the share address, every value percent-encoded
 */
public record ShareLink(String network, String label, String href) {

  /** The share links for the article at {@code url} (absolute) titled {@code title}. */
  static List<ShareLink> of(String url, String title, String emailLabel) {
    String u = encode(url);
    String t = encode(title);
    return List.of(
        new ShareLink("facebook", "Facebook", "https://www.facebook.com/sharer/sharer.php?u=" + u),
        new ShareLink("x", "X", "https://x.com/intent/tweet?text=" + t + "&url=" + u),
        new ShareLink(
            "linkedin", "LinkedIn", "https://www.linkedin.com/sharing/share-offsite/?url=" + u),
        new ShareLink("whatsapp", "WhatsApp", "https://wa.me/?text=" + encode(title + " " + url)),
        new ShareLink("email", emailLabel, "mailto:?subject=" + t + "&body=" + u));
  }

  /**
   * Percent-encoding for a query value. Spaces become {@code %20}, not {@code +}: mail programs
   * read a {@code mailto:} subject literally (RFC 6068) and would show the plus signs.
   */
  static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
