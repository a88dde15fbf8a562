package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReferenceCommandsTest {

  @Test
  void codesListsTheRegistry() {
    CliRun r = CliRun.of("codes");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("429  Too Many Requests", "418  (Unused)", "104  Upload Resumption Supported");
    assertThat(CliRun.of("codes", "--class", "2").out()).contains("204  No Content").doesNotContain("404");
  }

  @Test
  void explainsCodesInsideAndOutsideTheRegistry() {
    assertThat(CliRun.of("explain", "429").out()).contains("Too Many Requests", "Retry-After", "RFC 6585");
    assertThat(CliRun.of("explain", "299").out()).contains("not in the IANA", "200");
    assertThat(CliRun.of("explain", "999").out()).contains("not a valid HTTP status code");
  }

  @Test
  void explainsRulesFromTheirDocuments() {
    CliRun r = CliRun.of("explain", "created-location");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("# created-location", "Does not fire");
  }

  @Test
  void anUnknownSubjectIsBadUsage() {
    CliRun r = CliRun.of("explain", "no-such-thing");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("no rule or status code").doesNotContain("Exception");
  }

  @Test
  void rulesListsEveryImplementedRule() {
    CliRun r = CliRun.of("rules");
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("created-location");
    assertThat(CliRun.of("rules", "--all").out()).contains("probe-head");
  }
}
