package io.statuslint.maven;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LintRunTest {

  private static final String BAD_LINE = "{\"v\":1,\"id\":\"x-1\",\"request\":{\"method\":\"POST\",\"url\":\"/orders\"},"
      + "\"response\":{\"status\":201,\"headers\":[[\"Content-Type\",\"application/json\"]],\"body\":{\"text\":\"{}\"}}}\n";
  private static final String GOOD_LINE = "{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/orders/1\"},"
      + "\"response\":{\"status\":200,\"headers\":[[\"Content-Type\",\"application/json\"]],\"body\":{\"text\":\"{}\"}}}\n";

  @TempDir
  Path dir;

  private LintRun run(String... formats) {
    return new LintRun(RuleEngine.create(), List.of(formats), dir.resolve("out"), false, "test");
  }

  @Test
  void findingsGoToTheConsoleAndEveryReportWithTotals() throws Exception {
    Path traffic = Files.writeString(dir.resolve("t.ndjson"), GOOD_LINE + BAD_LINE);
    List<Finding> console = new ArrayList<>();

    LintRun.Outcome outcome = run("text", "json", "sarif").run(List.of(), List.of(traffic), console::add);

    assertThat(console).extracting(Finding::rule).containsExactly("created-location");
    assertThat(outcome.summary().findings()).isEqualTo(1);
    assertThat(outcome.summary().count(Severity.WARNING)).isEqualTo(1);
    assertThat(outcome.summary().exchanges()).isEqualTo(2);
    assertThat(outcome.reports()).extracting(p -> p.getFileName().toString())
        .containsExactly("statuslint.txt", "statuslint.json", "statuslint.sarif");
    assertThat(Files.readString(dir.resolve("out/statuslint.json"))).containsPattern("\"rule\"\\s*:\\s*\"created-location\"")
        .containsPattern("\"exchangeId\"\\s*:\\s*\"x-1\"");
    assertThat(Files.readString(dir.resolve("out/statuslint.sarif"))).containsPattern("\"version\"\\s*:\\s*\"2.1.0\"");
  }

  @Test
  void anUnreadableInputIsReportedAndTheOthersAreStillChecked() throws Exception {
    Path good = Files.writeString(dir.resolve("t.ndjson"), BAD_LINE);
    Path broken = Files.writeString(dir.resolve("broken.har"), "{\"log\": [not json");

    LintRun.Outcome outcome = run("json").run(List.of(), List.of(broken, good), f -> {});

    assertThat(outcome.unreadable()).hasSize(1);
    assertThat(outcome.unreadable().get(0)).contains("broken.har");
    assertThat(outcome.summary().findings()).isEqualTo(1);
    assertThat(outcome.summary().unreadableInputs()).isEqualTo(1);
  }

  @Test
  void aSpecFindingPointsAtItsFileAndLine() throws Exception {
    Path spec = Files.writeString(dir.resolve("api.yaml"), """
        openapi: 3.1.0
        info: {title: t, version: "1"}
        paths:
          /orders:
            post:
              responses:
                "201":
                  description: created
                "400":
                  description: bad request
        """);
    List<Finding> console = new ArrayList<>();

    LintRun.Outcome outcome = run("json").run(List.of(spec), List.of(), console::add);

    assertThat(outcome.unreadable()).isEmpty();
    Finding created = console.stream().filter(f -> f.rule().equals("created-location")).findFirst().orElseThrow();
    assertThat(created.location().file()).endsWith("api.yaml");
    assertThat(created.location().line()).isEqualTo(7);
    assertThat(created.location().pointer()).isEqualTo("/paths/~1orders/post/responses/201");
  }

  @Test
  void aSpecThatDoesNotParseIsUnreadable() throws Exception {
    Path spec = Files.writeString(dir.resolve("broken.yaml"), "openapi: 3.1.0\npaths: [unclosed\n");

    LintRun.Outcome outcome = run("text").run(List.of(spec), List.of(), f -> {});

    assertThat(outcome.unreadable()).singleElement().asString().contains("broken.yaml");
    assertThat(outcome.summary().unreadableInputs()).isEqualTo(1);
  }

  @Test
  void anUnknownFormatIsRejectedUpFront() {
    assertThatThrownBy(() -> run("pdf")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("unknown report format 'pdf'").hasMessageContaining("sarif");
  }
}
