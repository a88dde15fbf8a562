package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class DemoCommandTest {

  @Test
  void runsAgainstARealServerAndReportsTheMistakes() throws Exception {
    CliRun r = CliRun.of("demo", "--format", "json");
    assertThat(r.exitCode()).isZero();
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.path("tool").asText()).isEqualTo("statuslint");
    Set<String> rules = new HashSet<>();
    report.path("findings").forEach(f -> rules.add(f.path("rule").asText()));
    assertThat(rules).contains("created-location");
    // The probe phase: HEAD and unknown methods are routed like unknown paths in the demo API.
    assertThat(rules).contains("probe-head", "probe-wrong-method");
    // The lint phase: the demo's own spec, with file, line and JSON pointer.
    assertThat(rules).contains("operation-error-responses", "rate-limit-retry-after", "status-teapot");
    Set<String> specRules = new HashSet<>();
    report.path("findings").forEach(f -> {
      JsonNode loc = f.path("location");
      if (loc.path("file").asText().equals("demo-api.yaml")) {
        specRules.add(f.path("rule").asText());
        assertThat(loc.path("line").asInt()).isPositive();
        assertThat(loc.path("pointer").asText()).startsWith("/paths/");
      } else {
        assertThat(loc.path("url").asText()).startsWith("http://127.0.0.1:");
        assertThat(loc.has("status")).isTrue();
      }
    });
    assertThat(specRules).contains("create-returns-201", "leak-stack-trace", "unauthorized-challenge",
        "method-not-allowed-allow");
    assertThat(report.path("summary").path("exchanges").asInt()).isGreaterThanOrEqualTo(19);
  }
}
