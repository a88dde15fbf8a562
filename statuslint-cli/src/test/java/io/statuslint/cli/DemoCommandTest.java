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
    report.path("findings").forEach(f -> {
      assertThat(f.path("location").path("url").asText()).startsWith("http://127.0.0.1:");
      assertThat(f.path("location").has("status")).isTrue();
    });
    assertThat(report.path("summary").path("exchanges").asInt()).isGreaterThanOrEqualTo(19);
  }
}
