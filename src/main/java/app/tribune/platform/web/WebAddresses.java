package app.tribune.platform.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Checks addresses editors type for links the public pages print: only absolute http and https
 * addresses, so that no {@code javascript:} or {@code data:} address reaches a reader's click.
 */
public final class WebAddresses {

  /** The widest address the link columns hold. */
  public static final int MAX_LENGTH = 500;

  private WebAddresses() {}

  /** Whether {@code address} is empty (no link) or an absolute http(s) address with a host. */
  public static boolean isAcceptable(String address) {
    if (address == null || address.isBlank()) {
      return true;
    }
    if (address.length() > MAX_LENGTH || !address.strip().equals(address)) {
      return false;
    }
    try {
      URI uri = new URI(address);
      String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
      return (scheme.equals("http") || scheme.equals("https"))
          && uri.getHost() != null
          && !uri.getHost().isBlank();
    } catch (URISyntaxException e) {
      return false;
    }
  }

  /** {@code null} for a blank address, which means "no link"; the address trimmed otherwise. */
  public static String orNull(String address) {
    return address == null || address.isBlank() ? null : address.strip();
  }
}
