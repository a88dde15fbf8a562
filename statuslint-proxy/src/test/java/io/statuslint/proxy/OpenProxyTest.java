package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.engine.RuleEngine;
import java.net.InetSocketAddress;
import org.junit.jupiter.api.Test;

/**
 * Nothing a client sends turns the proxy into an open proxy: whatever the Host header, request
 * target or method, it connects only to its configured upstream.
 */
class OpenProxyTest {

  @Test
  void aForeignHostHeaderStillGoesToTheUpstreamAndNowhereElse() throws Exception {
    try (TestUpstream upstream = new TestUpstream().answer("/", 200, "text/plain", "upstream");
        TestUpstream other = new TestUpstream().answer("/", 200, "text/plain", "other");
        ProxyHarness p = new ProxyHarness(upstream.url());
        RawClient c = new RawClient(p.port())) {
      String otherAuthority = "127.0.0.1:" + other.server.getAddress().getPort();
      String r = c.send("GET /secret HTTP/1.1\r\nHost: " + otherAuthority + "\r\n\r\n").readResponse(false);
      assertThat(r).startsWith("HTTP/1.1 200").endsWith("upstream");
      assertThat(other.received).isEmpty();
      assertThat(upstream.received).singleElement().satisfies(q -> {
        assertThat(q.uri()).isEqualTo("/secret");
        assertThat(q.headers().getFirst("Host")).isEqualTo("127.0.0.1:" + upstream.server.getAddress().getPort());
      });
    }
  }

  @Test
  void anAbsoluteFormTargetForAnotherServerIsMisdirectedAndNeverContacted() throws Exception {
    try (TestUpstream upstream = new TestUpstream().answer("/", 200, "text/plain", "upstream");
        TestUpstream other = new TestUpstream().answer("/", 200, "text/plain", "other");
        ProxyHarness p = new ProxyHarness(upstream.url());
        RawClient c = new RawClient(p.port())) {
      String target = "http://127.0.0.1:" + other.server.getAddress().getPort() + "/secret";
      String r = c.send("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + other.server.getAddress().getPort()
          + "\r\n\r\n").readResponse(false);
      assertThat(r).startsWith("HTTP/1.1 421 Misdirected Request").contains("application/problem+json")
          .contains("forwards only to its configured upstream");
      assertThat(other.received).isEmpty();
      assertThat(upstream.received).isEmpty();
    }
  }

  @Test
  void anAbsoluteFormTargetNamingTheProxyItselfIsForwardedInOriginForm() throws Exception {
    try (TestUpstream upstream = new TestUpstream().answer("/", 200, "text/plain", "upstream");
        ProxyHarness p = new ProxyHarness(upstream.url());
        RawClient c = new RawClient(p.port())) {
      String r = c.send("GET http://localhost:" + p.port() + "/a?b=1 HTTP/1.1\r\nHost: localhost:" + p.port()
          + "\r\n\r\n").readResponse(false);
      assertThat(r).startsWith("HTTP/1.1 200").endsWith("upstream");
      assertThat(upstream.received).singleElement().satisfies(q -> assertThat(q.uri()).isEqualTo("/a?b=1"));
    }
  }

  @Test
  void connectIsRefusedWithoutOpeningATunnel() throws Exception {
    try (TestUpstream upstream = new TestUpstream().answer("/", 200, "text/plain", "upstream");
        RawUpstream other = new RawUpstream((head, in, out, s) -> out.write("HTTP/1.1 200 OK\r\n\r\n".getBytes()));
        ProxyHarness p = new ProxyHarness(upstream.url());
        RawClient c = new RawClient(p.port())) {
      String r = c.send("CONNECT 127.0.0.1:" + other.port() + " HTTP/1.1\r\nHost: 127.0.0.1:" + other.port()
          + "\r\n\r\n").readToEnd();
      assertThat(r).startsWith("HTTP/1.1 501 Not Implemented").contains("CONNECT is not supported");
      assertThat(other.connections.get()).isZero();
      assertThat(upstream.received).isEmpty();
    }
  }

  @Test
  void theDefaultListenAddressIsLoopbackAndAnUpstreamThatIsTheProxyItselfIsRefused() {
    ProxyOptions o = ProxyOptions.builder(Upstream.parse("http://127.0.0.1:8080")).build();
    assertThat(o.listen().getAddress().isLoopbackAddress()).isTrue();
    ProxyOptions loop = ProxyOptions.builder(Upstream.parse("http://localhost:9999"))
        .listen(new InetSocketAddress("127.0.0.1", 9999)).build();
    assertThatThrownBy(() -> StatuslintProxy.start(loop, RuleEngine.create()))
        .hasMessageContaining("the proxy's own address");
  }

  @Test
  void upstreamUrlsAreHttpWithAHostOnly() {
    assertThat(Upstream.parse("http://127.0.0.1:8080/api/").basePath()).isEqualTo("/api");
    assertThat(Upstream.parse("http://example.test").port()).isEqualTo(80);
    assertThatThrownBy(() -> Upstream.parse("ftp://x")).hasMessageContaining("http://");
    assertThatThrownBy(() -> Upstream.parse("http://u:p@x:1")).hasMessageContaining("scheme, host, port");
    assertThatThrownBy(() -> Upstream.parse("https://x")).hasMessageContaining("https upstreams");
  }
}
