package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class UsageErrorsTest {

  @Test
  void unknownFormatIsOneLineAndExit2() {
    CliRun r = CliRun.of("demo", "--format", "yaml");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown format 'yaml'").doesNotContain("at io.statuslint");
  }

  @Test
  void badFailOnIsExit2() {
    CliRun r = CliRun.of("demo", "--fail-on", "sometimes");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--fail-on");
  }

  @Test
  void twoFormatsOnStdoutAreRefused() {
    CliRun r = CliRun.of("demo", "--format", "text", "--format", "json");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("only one format can go to standard output");
  }

  @Test
  void aConfigWithAnUnknownRuleIsExit2(@TempDir Path dir) throws Exception {
    Path cfg = Files.writeString(dir.resolve(".statuslint.yaml"), "rules:\n  no-such-rule: off\n");
    Path input = Files.writeString(dir.resolve("t.ndjson"), "");
    CliRun r = CliRun.of("check", "--config", cfg.toString(), input.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("unknown rule id 'no-such-rule'").doesNotContain("\tat ");
  }

  @Test
  void aMissingFileIsExit2WithItsName() {
    CliRun r = CliRun.of("check", "/nonexistent/traffic.har");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("/nonexistent/traffic.har").doesNotContain("\tat ");
  }

  @Test
  void usageMistakesPointAtTheRightHelp() {
    CliRun typo = CliRun.of("chek", "x.har");
    assertThat(typo.exitCode()).isEqualTo(2);
    assertThat(typo.err()).contains("Try 'statuslint --help' for usage.");

    CliRun missing = CliRun.of("check");
    assertThat(missing.exitCode()).isEqualTo(2);
    assertThat(missing.err()).contains("Missing required parameter", "Try 'statuslint check --help' for usage.");
  }

  @Test
  void helpListsEveryCommandWhicheverWayItIsAsked() {
    for (String[] args : new String[][] {{"--help"}, {"help"}, {}}) {
      CliRun r = CliRun.of(args);
      assertThat(r.out()).as(String.join(" ", args))
          .contains("check", "lint", "probe", "codes", "explain", "rules", "demo", "proxy");
    }
    assertThat(CliRun.of("help", "lint").out()).contains("Usage: statuslint lint");
  }
}
