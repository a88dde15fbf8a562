package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

/** Exchanges are checked as they pass, deduplicated per endpoint template and rule. */
class ProxyFindingsTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void aDefectInALiveExchangeBecomesOneDeduplicatedFindingWithARunningCount() throws Exception {
    ByteArrayOutputStream console = new ByteArrayOutputStream();
    try (TestUpstream up = new TestUpstream()
            .answer("/orders", 429, "application/problem+json",
                "{\"type\":\"about:blank\",\"title\":\"Too Many Requests\",\"status\":429}")
            .answer("/fine", 200, "application/json", "{\"ok\":true}");
        ProxyHarness p = new ProxyHarness(up.url())) {
      p.proxy.board().watch(new LiveConsole(new PrintStream(console, true, StandardCharsets.UTF_8)));
      for (int i = 1; i <= 12; i++) {
        HttpResponse<String> r = get(p.url() + "/orders/" + i);
        assertThat(r.statusCode()).isEqualTo(429);
      }
      get(p.url() + "/fine");
      p.awaitExchanges(13);

      assertThat(p.findings).extracting(Finding::rule).containsOnly("rate-limit-retry-after").hasSize(12);
      LiveBoard.Snapshot s = p.proxy.board().snapshot();
      assertThat(s.distinct()).singleElement().satisfies(e -> {
        assertThat(e.endpoint()).isEqualTo("GET /orders/{id}");
        assertThat(e.count()).isEqualTo(12);
        assertThat(e.status()).isEqualTo(429);
      });
      assertThat(s.statuses()).containsEntry(429, 12L).containsEntry(200, 1L);
      assertThat(s.rules()).containsEntry("rate-limit-retry-after", 12L);
      assertThat(s.endpoints()).containsEntry("GET /orders/{id}", 12L);
      String out = console.toString(StandardCharsets.UTF_8);
      assertThat(out.lines().filter(l -> l.contains("rate-limit-retry-after"))).hasSize(2);
      assertThat(out).contains("#1   error    rate-limit-retry-after  GET /orders/{id} -> 429").contains("x10");
    }
  }

  @Test
  void compressedBodiesReachTheRulesDecodedWhileTheClientGetsTheCompressedBytes() throws Exception {
    byte[] gz;
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream z = new GZIPOutputStream(b)) {
      z.write("{\"success\":false,\"message\":\"could not save\"}".getBytes(StandardCharsets.UTF_8));
    }
    gz = b.toByteArray();
    try (TestUpstream up = new TestUpstream().route("/save", x -> {
          x.getResponseHeaders().add("Content-Type", "application/json");
          x.getResponseHeaders().add("Content-Encoding", "gzip");
          x.sendResponseHeaders(200, gz.length);
          x.getResponseBody().write(gz);
        });
        ProxyHarness p = new ProxyHarness(up.url())) {
      HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(p.url() + "/save")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(r.body()).isEqualTo(gz);
      p.awaitExchanges(1);
      var body = p.exchanges.get(0).response().body();
      assertThat(body.state()).isEqualTo(io.statuslint.model.Body.State.COMPLETE);
      assertThat(body.text()).isEqualTo("{\"success\":false,\"message\":\"could not save\"}");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).build(), HttpResponse.BodyHandlers.ofString());
  }
}
