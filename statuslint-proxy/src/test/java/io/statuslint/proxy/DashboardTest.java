package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The dashboard's server side: a strict page, a loopback-only Host, and a live event stream. */
class DashboardTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void thePageIsSelfContainedUnderAStrictPolicyAndAnswersOnlyToItsOwnHost() throws Exception {
    try (TestUpstream up = new TestUpstream();
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.dashboard(new InetSocketAddress("127.0.0.1", 0)))) {
      int port = p.proxy.dashboardAddress().getPort();
      HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
          .build(), HttpResponse.BodyHandlers.ofString());
      assertThat(page.statusCode()).isEqualTo(200);
      String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
      assertThat(csp).startsWith("default-src 'none'; script-src 'sha256-").contains("connect-src 'self'")
          .doesNotContain("unsafe-inline").doesNotContain("unsafe-eval");
      String script = between(page.body(), "<script>", "</script>");
      assertThat(csp).contains(Dashboard.sha256(script));
      assertThat(page.body()).doesNotContain("http://").doesNotContain("https://").doesNotContain("innerHTML");
      assertThat(page.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");

      // A page on another origin reaching the port through DNS rebinding sends its own Host: refused.
      try (RawClient c = new RawClient(port)) {
        String r = c.send("GET /state HTTP/1.1\r\nHost: attacker.example:" + port + "\r\n\r\n").readResponse(false);
        assertThat(r).startsWith("HTTP/1.1 421");
      }
      HttpResponse<String> post = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/"))
          .POST(HttpRequest.BodyPublishers.noBody()).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(post.statusCode()).isEqualTo(405);
      assertThat(post.headers().firstValue("Allow")).hasValue("GET, HEAD");
    }
  }

  @Test
  void theEventStreamSendsTheStateThenEachNewFindingAsItHappens() throws Exception {
    try (TestUpstream up = new TestUpstream().answer("/busy", 503, "application/problem+json", "{\"status\":503}");
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.dashboard(new InetSocketAddress("127.0.0.1", 0)))) {
      int port = p.proxy.dashboardAddress().getPort();
      HttpResponse<InputStream> stream = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/events")).build(), HttpResponse.BodyHandlers.ofInputStream());
      assertThat(stream.headers().firstValue("Content-Type").orElseThrow()).startsWith("text/event-stream");
      LinkedBlockingQueue<String> events = new LinkedBlockingQueue<>();
      Thread reader = new Thread(() -> {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(stream.body(), StandardCharsets.UTF_8))) {
          String event = null;
          String line;
          while ((line = r.readLine()) != null) {
            if (line.startsWith("event: ")) {
              event = line.substring(7);
            } else if (line.startsWith("data: ")) {
              events.add(event + " " + line.substring(6));
            }
          }
        } catch (Exception closed) {
          // the test is over
        }
      });
      reader.setDaemon(true);
      reader.start();
      assertThat(events.poll(5, TimeUnit.SECONDS)).startsWith("state {\"upstream\":\"" + up.url());
      http.send(HttpRequest.newBuilder(URI.create(p.url() + "/busy")).build(), HttpResponse.BodyHandlers.ofString());
      String finding = null;
      for (int i = 0; i < 10 && finding == null; i++) {
        String e = events.poll(5, TimeUnit.SECONDS);
        if (e != null && e.startsWith("finding ")) {
          finding = e;
        }
      }
      assertThat(finding).contains("\"rule\":\"unavailable-retry-after\"").contains("\"endpoint\":\"GET /busy\"")
          .contains("\"count\":1");
      stream.body().close();
    }
  }

  private static String between(String s, String open, String close) {
    int i = s.indexOf(open);
    return s.substring(i + open.length(), s.indexOf(close, i));
  }
}
