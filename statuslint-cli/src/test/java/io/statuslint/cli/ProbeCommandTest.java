package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.cli.demo.DemoApi;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statuslint probe} against the demo API, a real server on 127.0.0.1. */
class ProbeCommandTest {

  private static final String SECRET = "Bearer sup3r-s3cret-v4lue";

  @TempDir Path dir;
  private static DemoApi api;

  @BeforeAll
  static void start() throws Exception {
    api = DemoApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static Set<String> rules(JsonNode report) {
    Set<String> ids = new TreeSet<>();
    report.path("findings").forEach(f -> ids.add(f.path("rule").asText()));
    return ids;
  }

  @Test
  void reportsTheExperimentsFindingsAndExitsByTheFailureLevel() throws Exception {
    CliRun r = CliRun.of("probe", api.baseUrl(), "--path", "/orders", "--format", "json", "--fail-on", "warning",
        "--timeout", "3s");
    assertThat(r.exitCode()).as(r.err()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(rules(report)).contains("probe-head", "probe-wrong-method")
        .doesNotContain("probe-long-uri", "probe-large-headers");
    JsonNode f = report.path("findings").get(0);
    assertThat(f.path("location").has("file")).isFalse();
    assertThat(f.path("location").path("url").asText()).startsWith(api.baseUrl());
    assertThat(f.path("location").has("exchangeId")).isTrue();
    assertThat(r.err()).contains("statuslint probe: " + api.baseUrl()).contains("requests to 2 endpoint(s)");
  }

  @Test
  void theAllRulesetAddsTheInfoExperiments() throws Exception {
    CliRun r = CliRun.of("probe", api.baseUrl(), "--path", "/orders", "--format", "json", "--ruleset", "all");
    assertThat(rules(new ObjectMapper().readTree(r.out()))).contains("probe-long-uri", "probe-large-headers");
  }

  @Test
  void aConfigurationCanTurnAnExperimentOffWithoutWarnings() throws Exception {
    Path config = dir.resolve(".statuslint.yaml");
    Files.writeString(config, "rules:\n  probe-head: off\n  probe-wrong-method: error\n");
    CliRun r = CliRun.of("probe", api.baseUrl(), "--path", "/orders", "--format", "json", "--config", config.toString());
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(rules(report)).doesNotContain("probe-head").contains("probe-wrong-method");
    report.path("findings").forEach(f -> {
      if (f.path("rule").asText().equals("probe-wrong-method")) {
        assertThat(f.path("severity").asText()).isEqualTo("error");
      }
    });
    assertThat(r.err()).doesNotContain("not implemented");
    assertThat(r.exitCode()).isEqualTo(1);
  }

  @Test
  void aRecordingCheckedLaterGivesTheSameTrafficFindingsAndNoSecrets() throws Exception {
    Path har = dir.resolve("probe.har");
    CliRun probe = CliRun.of("probe", api.baseUrl(), "--path", "/orders", "--path", "/search", "--format", "json",
        "-H", "Authorization: " + SECRET, "--record", har.toString());
    assertThat(probe.err()).contains("recorded in " + har);
    Set<String> live = new TreeSet<>();
    new ObjectMapper().readTree(probe.out()).path("findings").forEach(f -> {
      if (!f.path("rule").asText().startsWith("probe-")) {
        live.add(f.path("location").path("entry").asInt() + " " + f.path("rule").asText());
      }
    });
    CliRun check = CliRun.of("check", har.toString(), "--format", "json");
    Set<String> later = new TreeSet<>();
    new ObjectMapper().readTree(check.out()).path("findings").forEach(f ->
        later.add(f.path("location").path("entry").asInt() + " " + f.path("rule").asText()));
    assertThat(live).contains("0 rate-limit-retry-after".replace("0", firstEntryOf(probe.out(), "/search")));
    assertThat(later).isEqualTo(live);
    String secretPart = SECRET.substring(7);
    assertThat(probe.out() + probe.err()).doesNotContain(secretPart);
    assertThat(Files.readString(har)).doesNotContain(secretPart).contains("[redacted]");
  }

  private static String firstEntryOf(String json, String path) throws Exception {
    for (JsonNode f : new ObjectMapper().readTree(json).path("findings")) {
      if (f.path("location").path("url").asText().endsWith(path)) {
        return f.path("location").path("entry").asText();
      }
    }
    return "?";
  }

  @Test
  void anUnreachableTargetExitsTwoWithAClearMessage() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    CliRun r = CliRun.of("probe", "http://127.0.0.1:" + port + "/api");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("nothing accepts connections at 127.0.0.1:" + port);
  }

  @Test
  void theDemoApiIsProbedFromItsOwnSpec() throws Exception {
    Path spec = dir.resolve("demo-api.yaml");
    try (var in = DemoApi.class.getResourceAsStream("demo-api.yaml")) {
      Files.write(spec, in.readAllBytes());
    }
    CliRun r = CliRun.of("probe", api.baseUrl(), "--spec", spec.toString(), "--format", "json", "--timeout", "3s");
    assertThat(r.exitCode()).as(r.err()).isNotEqualTo(2);
    assertThat(r.err()).contains("operations on 5 paths from " + spec);
    Set<String> urls = new TreeSet<>();
    new ObjectMapper().readTree(r.out()).path("findings").forEach(f -> urls.add(f.path("location").path("url").asText()));
    assertThat(urls).noneMatch(u -> u.contains("{") || u.contains("%7B"));
  }

  @Test
  void badUsageExitsTwoAndNeverEchoesAHeaderValue() {
    CliRun header = CliRun.of("probe", api.baseUrl(), "-H", "Bearer-only-" + SECRET);
    assertThat(header.exitCode()).isEqualTo(2);
    assertThat(header.err()).contains("--header takes 'Name: value'").doesNotContain(SECRET);
    assertThat(CliRun.of("probe", "ftp://127.0.0.1/").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("probe", "http://user:pw@127.0.0.1/").err()).contains("not in the URL");
    assertThat(CliRun.of("probe", api.baseUrl(), "--timeout", "soon").exitCode()).isEqualTo(2);
    assertThat(CliRun.of("probe", api.baseUrl(), "--path", api.baseUrl() + "/orders").err()).contains("not a URL");
  }

  @Test
  void anUnknownProbeIdInTheConfigurationIsAnError() throws Exception {
    Path config = dir.resolve("typo.yaml");
    Files.writeString(config, "rules:\n  probe-heed: off\n");
    CliRun r = CliRun.of("probe", api.baseUrl(), "--config", config.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("probe-heed");
  }
}
