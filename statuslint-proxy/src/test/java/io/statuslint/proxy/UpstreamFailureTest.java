package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** When the upstream is down, slow or misbehaves, the proxy says so as itself and stays up. */
class UpstreamFailureTest {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void anUpstreamThatIsDownGets502ProblemDetailsFromStatuslintAndNoFinding() throws Exception {
    int dead;
    try (ServerSocket s = new ServerSocket(0)) {
      dead = s.getLocalPort();
    }
    try (ProxyHarness p = new ProxyHarness("http://127.0.0.1:" + dead)) {
      HttpResponse<String> r = get(p.url() + "/orders");
      assertThat(r.statusCode()).isEqualTo(502);
      assertThat(r.headers().firstValue("Content-Type")).hasValue("application/problem+json");
      assertThat(r.headers().firstValue("Server")).hasValue("statuslint-proxy");
      assertThat(r.body()).contains("\"status\":502").contains("statuslint proxy: the upstream http://127.0.0.1:" + dead)
          .contains("\"generator\":\"statuslint proxy\"");
      Thread.sleep(200);
      assertThat(p.exchanges).isEmpty();
      assertThat(p.findings).isEmpty();
      assertThat(p.proxy.stats().proxyAnswers()).isEqualTo(1);
    }
  }

  @Test
  void anUpstreamThatDoesNotAnswerInTimeGets504AndTheNextRequestStillWorks() throws Exception {
    try (RawUpstream up = new RawUpstream((head, in, out, s) -> {
          if (head.startsWith("GET /slow")) {
            Thread.sleep(5_000);
          }
          out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.ISO_8859_1));
        });
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.responseTimeout(Duration.ofMillis(500)))) {
      long t0 = System.nanoTime();
      HttpResponse<String> r = get(p.url() + "/slow");
      assertThat(r.statusCode()).isEqualTo(504);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isLessThan(Duration.ofSeconds(3));
      assertThat(r.body()).contains("did not start its response within 500 ms");
      assertThat(get(p.url() + "/fast").body()).isEqualTo("ok");
      p.awaitExchanges(1);
      assertThat(p.exchanges).hasSize(1);
    }
  }

  @Test
  void anUpstreamThatResetsHalfWayCutsThatResponseOnlyAndClosingWithoutAnAnswerIs502() throws Exception {
    try (RawUpstream up = new RawUpstream((head, in, out, s) -> {
          if (head.startsWith("GET /reset")) {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 100000\r\n\r\npartial".getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            s.setSoLinger(true, 0);
            s.close();
          } else if (head.startsWith("GET /hangup")) {
            s.close();
          } else {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.ISO_8859_1));
          }
        });
        ProxyHarness p = new ProxyHarness(up.url())) {
      try (RawClient c = new RawClient(p.port())) {
        String cut = c.send("GET /reset HTTP/1.1\r\nHost: x\r\n\r\n").readToEnd();
        assertThat(cut).startsWith("HTTP/1.1 200 OK").endsWith("partial");
      }
      HttpResponse<String> hung = get(p.url() + "/hangup");
      assertThat(hung.statusCode()).isEqualTo(502);
      assertThat(hung.body()).contains("closed the connection without answering");
      assertThat(get(p.url() + "/fine").body()).isEqualTo("ok");
      p.awaitExchanges(2);
      // The cut exchange is still checked, with the prefix it had; the proxy's own 502 is not.
      assertThat(p.exchanges).extracting(e -> e.request().path()).containsExactlyInAnyOrder("/reset", "/fine");
      var reset = p.exchanges.stream().filter(e -> e.request().path().equals("/reset")).findFirst().orElseThrow();
      assertThat(reset.response().body().state()).isEqualTo(io.statuslint.model.Body.State.TRUNCATED);
      assertThat(reset.response().body().size()).isEqualTo(100000);
    }
  }

  @Test
  void anInvalidResponseIs502() throws Exception {
    try (RawUpstream up = new RawUpstream((head, in, out, s) ->
            out.write("NOT HTTP AT ALL\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1)));
        ProxyHarness p = new ProxyHarness(up.url())) {
      HttpResponse<String> r = get(p.url() + "/x");
      assertThat(r.statusCode()).isEqualTo(502);
      assertThat(r.body()).contains("not valid HTTP/1.1");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
