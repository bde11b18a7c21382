package app.tribune.platform.web;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.Initialized;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The address of the client behind a request, for every rule kept per address (the log-in throttle)
 * and for the audit log.
 *
 * <p>Behind a reverse proxy every connection comes from the proxy, which names the client in {@code
 * X-Forwarded-For}, each proxy on the way appending the address it got the request from. Anyone can
 * send that header, so it is read only when the connection comes from a proxy listed in {@code
 * tribune.trusted-proxies}, and only as far as trusted proxies vouch for it: from the right, the
 * first address that is not itself a trusted proxy is the client. What lies left of it was written
 * by the client and proves nothing. An entry that is not an IP address ends the walk at the last
 * address read, as nothing beyond it can be checked. With no trusted proxy (the default), the
 * header is ignored and the client is the connection's peer.
 */
@ApplicationScoped
public class ClientAddresses {

  private static final Logger LOG = Logger.getLogger(ClientAddresses.class.getName());

  private static final String FORWARDED_FOR = "X-Forwarded-For";

  private static final String OCTET = "(25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9]?[0-9])";

  private static final Pattern IPV4 =
      Pattern.compile(OCTET + "\\." + OCTET + "\\." + OCTET + "\\." + OCTET);

  // Starting with a hex digit or a colon and holding a colon, the JDK parses the text as an IPv6
  // literal or refuses it, and never asks the DNS: a header must not make the server look names up.
  private static final Pattern IPV6 = Pattern.compile("[0-9A-Fa-f:][0-9A-Fa-f:.]*:[0-9A-Fa-f:.]*");

  /** An address and the number of leading bits that must match it. */
  private record Range(byte[] network, int bits) {

    boolean contains(InetAddress address) {
      byte[] candidate = address.getAddress();
      if (candidate.length != network.length) {
        return false;
      }
      int whole = bits / 8;
      for (int i = 0; i < whole; i++) {
        if (candidate[i] != network[i]) {
          return false;
        }
      }
      int rest = bits % 8;
      if (rest == 0) {
        return true;
      }
      int mask = 0xff << (8 - rest) & 0xff;
      return (candidate[whole] & mask) == (network[whole] & mask);
    }
  }

  private final List<Range> trusted;
  private final String setting;

  @Inject
  ClientAddresses(
      @ConfigProperty(name = "tribune.trusted-proxies") Optional<String> trustedProxies) {
    this(trustedProxies.orElse(""));
  }

  /** For CDI's client proxy only; the container builds the real instance with its setting. */
  protected ClientAddresses() {
    this("");
  }

  /**
   * @param trustedProxies addresses and CIDR ranges ({@code 10.0.0.0/8}, {@code ::1}) separated by
   *     commas or spaces; empty for none
   * @throws IllegalArgumentException when an entry is neither
   */
  ClientAddresses(String trustedProxies) {
    List<Range> ranges = new ArrayList<>();
    for (String entry : trustedProxies.strip().split("[,\\s]+")) {
      if (!entry.isEmpty()) {
        ranges.add(range(entry));
      }
    }
    this.trusted = List.copyOf(ranges);
    this.setting = trustedProxies.strip();
  }

  /**
   * Builds the instance when the application starts, so that a mistyped setting stops the
   * deployment with its reason instead of failing the first log-in.
   */
  void announce(@Observes @Initialized(ApplicationScoped.class) Object event) {
    if (trusted.isEmpty()) {
      LOG.info("No trusted proxy: X-Forwarded-For is ignored, the client is the connection's peer");
    } else {
      LOG.log(Level.INFO, "X-Forwarded-For is read from the trusted proxies {0}", setting);
    }
  }

  /** The client's address: the peer's, or the one trusted proxies forwarded the request for. */
  public String of(HttpServletRequest request) {
    String peer = request.getRemoteAddr();
    if (trusted.isEmpty()) {
      return peer;
    }
    return resolve(peer, Collections.list(request.getHeaders(FORWARDED_FOR)));
  }

  /**
   * The rule itself.
   *
   * @param peer the address the connection comes from
   * @param forwardedFor the {@code X-Forwarded-For} fields of the request, in the order received
   */
  String resolve(String peer, List<String> forwardedFor) {
    Optional<InetAddress> hop = literal(peer);
    if (hop.isEmpty() || !isTrusted(hop.get())) {
      return peer;
    }
    List<String> entries =
        forwardedFor.stream().flatMap(field -> Arrays.stream(field.split(",", -1))).toList();
    String client = peer;
    for (int i = entries.size() - 1; i >= 0; i--) {
      hop = literal(entries.get(i).strip());
      if (hop.isEmpty()) {
        return client;
      }
      client = hop.get().getHostAddress();
      if (!isTrusted(hop.get())) {
        return client;
      }
    }
    return client;
  }

  private boolean isTrusted(InetAddress address) {
    return trusted.stream().anyMatch(range -> range.contains(address));
  }

  private static Range range(String entry) {
    int slash = entry.indexOf('/');
    String address = slash < 0 ? entry : entry.substring(0, slash);
    InetAddress network =
        literal(address)
            .orElseThrow(
                () ->
                    new IllegalArgumentException(
                        "tribune.trusted-proxies: not an address: " + entry));
    int width = network.getAddress().length * 8;
    if (slash < 0) {
      return new Range(network.getAddress(), width);
    }
    String bits = entry.substring(slash + 1);
    if (!bits.matches("[0-9]{1,3}") || Integer.parseInt(bits) > width) {
      throw new IllegalArgumentException(
          "tribune.trusted-proxies: not a prefix length of " + address + ": " + entry);
    }
    return new Range(network.getAddress(), Integer.parseInt(bits));
  }

  /** The IP address {@code text} spells, or nothing when it is anything else (a name included). */
  static Optional<InetAddress> literal(String text) {
    try {
      Matcher v4 = IPV4.matcher(text);
      if (v4.matches()) {
        byte[] bytes = new byte[4];
        for (int i = 0; i < 4; i++) {
          bytes[i] = (byte) Integer.parseInt(v4.group(i + 1));
        }
        return Optional.of(InetAddress.getByAddress(bytes));
      }
      if (IPV6.matcher(text).matches()) {
        return Optional.of(InetAddress.getByName(text));
      }
    } catch (UnknownHostException e) {
      // Not a valid literal: treated like any other text.
    }
    return Optional.empty();
  }
}
