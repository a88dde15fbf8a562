package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --record traffic.har} writes what passed, with credentials redacted unless asked to keep them. */
class RecordingTest {

  private final HttpClient http = HttpClient.newHttpClient();

  @Test
  void theRecordingIsAValidHarWithSecretsRedacted(@TempDir Path dir) throws Exception {
    Path har = dir.resolve("traffic.har");
    try (TestUpstream up = new TestUpstream()
            .answer("/limited", 429, "application/problem+json", "{\"status\":429}", "Set-Cookie", "sid=s3cr3t; Path=/");
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.record(har, false))) {
      send(p.url() + "/limited?api_key=k3y&page=2", "Bearer t0ken");
      p.awaitExchanges(1);
      p.close();
      JsonNode e = new ObjectMapper().readTree(har.toFile()).at("/log/entries/0");
      String text = Files.readString(har);
      assertThat(text).doesNotContain("k3y").doesNotContain("t0ken").doesNotContain("s3cr3t");
      assertThat(e.at("/request/url").asText()).endsWith("/limited?api_key=[redacted]&page=2");
      assertThat(e.at("/response/status").asInt()).isEqualTo(429);
      assertThat(e.at("/response/content/text").asText()).isEqualTo("{\"status\":429}");
      assertThat(text).contains("\"Bearer [redacted]\"").contains("\"sid=[redacted]; Path=/\"");
      assertThat(p.proxy.stats().recorded()).isEqualTo(1);
    }
  }

  @Test
  void keepSecretsRecordsThemAsTheyWere(@TempDir Path dir) throws Exception {
    Path har = dir.resolve("traffic.har");
    try (TestUpstream up = new TestUpstream().answer("/a", 200, "text/plain", "ok");
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.record(har, true))) {
      send(p.url() + "/a?token=k3y", "Bearer t0ken");
      p.awaitExchanges(1);
      p.close();
      assertThat(Files.readString(har)).contains("k3y").contains("Bearer t0ken");
    }
  }

  @Test
  void checkingTheRecordingReproducesTheLiveFindings(@TempDir Path dir) throws Exception {
    for (String name : new String[] {"traffic.har", "traffic.ndjson"}) {
      Path file = dir.resolve(name);
      java.util.List<String> live;
      try (TestUpstream up = new TestUpstream()
              .answer("/limited", 429, "application/problem+json", "{\"status\":429}")
              .answer("/made", 201, "application/json", "{\"id\":1}")
              .answer("/fine", 200, "application/json", "{\"ok\":true}");
          ProxyHarness p = new ProxyHarness(up.url(), b -> b.record(file, false))) {
        send(p.url() + "/limited?api_key=x", "Bearer t");
        http.send(HttpRequest.newBuilder(URI.create(p.url() + "/made")).POST(HttpRequest.BodyPublishers.ofString("{}"))
            .build(), HttpResponse.BodyHandlers.ofString());
        send(p.url() + "/fine", "Bearer t");
        p.awaitExchanges(3);
        p.close();
        live = p.findings.stream().map(f -> f.rule() + " " + f.location().status()).sorted().toList();
      }
      java.util.List<String> replayed = new java.util.ArrayList<>();
      io.statuslint.engine.RuleEngine engine = io.statuslint.engine.RuleEngine.create(
          io.statuslint.engine.Config.builder().ruleset(io.statuslint.engine.Config.Ruleset.ALL).build());
      try (io.statuslint.traffic.ExchangeReader r = io.statuslint.traffic.TrafficInputs.open(file,
          io.statuslint.traffic.ReaderOptions.defaults())) {
        io.statuslint.model.Exchange e;
        while ((e = r.next()) != null) {
          engine.check(e, f -> replayed.add(f.rule() + " " + f.location().status()));
        }
      }
      assertThat(live).as(name).isNotEmpty().contains("rate-limit-retry-after 429", "created-location 201");
      assertThat(replayed.stream().sorted().toList()).as(name).isEqualTo(live);
    }
  }

  private void send(String url, String auth) throws Exception {
    http.send(HttpRequest.newBuilder(URI.create(url)).header("Authorization", auth).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
