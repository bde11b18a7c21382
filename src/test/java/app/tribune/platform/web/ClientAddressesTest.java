package app.tribune.platform.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.List;
import org.junit.jupiter.api.Test;

class ClientAddressesTest {

  private static final String PROXY = "10.0.0.5";

  private final ClientAddresses behindProxies = new ClientAddresses("10.0.0.0/8, 192.168.1.7 ::1");

  @Test
  void withNoTrustedProxyTheHeaderChangesNothing() {
    ClientAddresses direct = new ClientAddresses("");

    assertThat(direct.resolve("203.0.113.9", List.of("198.51.100.1"))).isEqualTo("203.0.113.9");
    assertThat(direct.resolve("10.0.0.5", List.of("198.51.100.1"))).isEqualTo("10.0.0.5");
  }

  @Test
  void aPeerOutsideTheTrustedProxiesIsTheClientWhateverItForwards() {
    assertThat(behindProxies.resolve("203.0.113.9", List.of("198.51.100.1")))
        .isEqualTo("203.0.113.9");
    assertThat(behindProxies.resolve("192.168.1.8", List.of("198.51.100.1")))
        .isEqualTo("192.168.1.8");
  }

  @Test
  void behindATrustedProxyTheClientIsTheAddressItForwardedFor() {
    assertThat(behindProxies.resolve(PROXY, List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(behindProxies.resolve("192.168.1.7", List.of(" 198.51.100.1 ")))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void addressesAClientPutInTheHeaderItselfAreIgnored() {
    // The client sent "X-Forwarded-For: 192.0.2.1"; the proxy appended the address it saw.
    assertThat(behindProxies.resolve(PROXY, List.of("192.0.2.1, 198.51.100.1")))
        .isEqualTo("198.51.100.1");
    // Claiming to be a trusted proxy does not help either: the client is the right-most stranger.
    assertThat(behindProxies.resolve(PROXY, List.of("10.9.9.9, 198.51.100.1")))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void aChainOfTrustedProxiesIsWalkedFromTheRight() {
    assertThat(behindProxies.resolve(PROXY, List.of("192.0.2.1, 198.51.100.1, 10.1.2.3")))
        .isEqualTo("198.51.100.1");
    // Several header fields read as one list, in the order they came.
    assertThat(behindProxies.resolve(PROXY, List.of("192.0.2.1, 198.51.100.1", "10.1.2.3")))
        .isEqualTo("198.51.100.1");
    // Only proxies all the way: the farthest one is the client as far as anyone can tell.
    assertThat(behindProxies.resolve(PROXY, List.of("10.1.2.3, 10.4.5.6"))).isEqualTo("10.1.2.3");
  }

  @Test
  void withoutTheHeaderTheProxyItselfIsTheClient() {
    assertThat(behindProxies.resolve(PROXY, List.of())).isEqualTo(PROXY);
  }

  @Test
  void ipv6AddressesAndRangesAreReadAndWrittenOneWay() {
    ClientAddresses v6 = new ClientAddresses("2001:db8:a::/48");

    assertThat(v6.resolve("2001:db8:a:ffff::1", List.of("2001:DB8:B::0:7")))
        .isEqualTo("2001:db8:b:0:0:0:0:7");
    assertThat(v6.resolve("2001:db8:b::1", List.of("198.51.100.1"))).isEqualTo("2001:db8:b::1");
    assertThat(behindProxies.resolve("0:0:0:0:0:0:0:1", List.of("2001:db8::9")))
        .isEqualTo("2001:db8:0:0:0:0:0:9");
    // An IPv4 client named by an IPv6 proxy as a mapped address is the same IPv4 client.
    assertThat(behindProxies.resolve("::1", List.of("::ffff:198.51.100.1")))
        .isEqualTo("198.51.100.1");
  }

  @Test
  void rangesMatchOnTheirPrefixOnly() {
    ClientAddresses ranges = new ClientAddresses("172.16.0.0/12,192.168.0.128/25");

    assertThat(ranges.resolve("172.31.255.255", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(ranges.resolve("172.32.0.1", List.of("198.51.100.1"))).isEqualTo("172.32.0.1");
    assertThat(ranges.resolve("192.168.0.200", List.of("198.51.100.1"))).isEqualTo("198.51.100.1");
    assertThat(ranges.resolve("192.168.0.127", List.of("198.51.100.1"))).isEqualTo("192.168.0.127");
    assertThat(new ClientAddresses("0.0.0.0/0").resolve("198.51.100.1", List.of("192.0.2.1")))
        .isEqualTo("192.0.2.1");
  }

  @Test
  void garbageEndsTheWalkAtTheLastAddressRead() {
    for (String garbage :
        List.of(
            "",
            "unknown",
            "not an address",
            "localhost",
            "198.51.100.256",
            "198.51.100",
            "01.2.3.4",
            "[2001:db8::1]",
            "198.51.100.1:443",
            "fe80::1%eth0",
            ".::1",
            "x".repeat(5_000))) {
      assertThat(behindProxies.resolve(PROXY, List.of(garbage))).as(garbage).isEqualTo(PROXY);
      assertThat(behindProxies.resolve(PROXY, List.of("198.51.100.1, " + garbage + ", 10.1.2.3")))
          .as(garbage)
          .isEqualTo("10.1.2.3");
    }
    assertThat(behindProxies.resolve(PROXY, List.of("198.51.100.1,,"))).isEqualTo(PROXY);
  }

  @Test
  void anUnreadablePeerIsNeverTrusted() {
    assertThat(new ClientAddresses("0.0.0.0/0").resolve("unix:", List.of("198.51.100.1")))
        .isEqualTo("unix:");
  }

  @Test
  void aMistypedSettingIsRefused() {
    for (String setting :
        List.of(
            "10.0.0.0/33", "::1/129", "10.0.0.0/", "10.0.0.0/8/8", "proxy.example.org", "10.0.0")) {
      assertThatIllegalArgumentException()
          .as(setting)
          .isThrownBy(() -> new ClientAddresses(setting))
          .withMessageContaining(setting);
    }
  }
}
