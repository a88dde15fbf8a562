package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.traffic.NdjsonExchangeWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code check} with a .statuslint.yaml that adds leak patterns and error fields. */
class ConfiguredPatternsCommandTest {

  @TempDir Path dir;

  private Path traffic(Path folder) throws Exception {
    Path p = Files.createDirectories(folder).resolve("ledger.ndjson");
    try (OutputStream out = Files.newOutputStream(p); NdjsonExchangeWriter w = new NdjsonExchangeWriter(out)) {
      w.write(ExchangeBuilder.request("POST", "https://api.test/ledger").respond(500)
          .json("{\"message\":\"commit failed: FDB error 1020\"}").build());
      w.write(ExchangeBuilder.request("POST", "https://api.test/ledger").respond(200)
          .json("{\"fault\":\"ledger is read-only\"}").build());
    }
    return p;
  }

  private static List<String> rules(CliRun r) throws Exception {
    List<String> ids = new ArrayList<>();
    new ObjectMapper().readTree(r.out()).path("findings").forEach(f -> ids.add(f.path("rule").asText()));
    return ids;
  }

  @Test
  void theProjectsPatternsMakeFindings() throws Exception {
    Path project = dir.resolve("team");
    Path input = traffic(project);
    CliRun without = CliRun.of("check", "--format", "json", input.toString());
    assertThat(rules(without)).doesNotContain("leak-sql", "success-with-error-body");

    Files.writeString(project.resolve(".statuslint.yaml"), """
        patterns:
          leak.sql: ['\\bFDB error \\d{4}\\b']
          error-fields: [fault]
        """);
    CliRun with = CliRun.of("check", "--format", "json", input.toString());
    assertThat(rules(with)).contains("leak-sql", "success-with-error-body");
    JsonNode leak = new ObjectMapper().readTree(with.out()).path("findings").findParents("rule").stream()
        .filter(f -> f.path("rule").asText().equals("leak-sql")).findFirst().orElseThrow();
    assertThat(leak.path("message").asText()).contains("configured leak.sql pattern");
    assertThat(with.exitCode()).isEqualTo(1);
  }

  @Test
  void aBadRegexIsExit2WithOneLineNamingTheFileAndTheKey() throws Exception {
    Path input = traffic(dir.resolve("bad"));
    Path cfg = Files.writeString(dir.resolve("bad/.statuslint.yaml"), "patterns:\n  leak.sql: ['FDB error (\\d+']\n");
    CliRun r = CliRun.of("check", input.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains(cfg.toString() + ": patterns.leak.sql: invalid regular expression")
        .doesNotContain("\tat ");
    assertThat(r.err().strip().lines().filter(l -> l.contains("patterns.leak.sql"))).hasSize(1);
  }
}
