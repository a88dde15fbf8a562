package io.statuslint.rules.leaks;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.detect.LeakPatterns;
import io.statuslint.finding.Finding;
import io.statuslint.model.Body;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A project's own {@code patterns: leak.*} reach the leak rules, and only add to them. */
class ConfiguredLeakPatternsTest {

  private static LeakPatterns patterns(String... regexes) {
    return LeakPatterns.compile(List.of(regexes));
  }

  private final RuleTester sql = RuleTester.of(new ErrorBodyLeaksSql(patterns("\\bFDB error \\d{4}\\b")));
  private final RuleTester stackTrace =
      RuleTester.of(new ErrorBodyLeaksStackTrace(patterns("frame#\\d+ [\\w.]+@[\\w.]+:\\d+")));
  private final RuleTester filePath =
      RuleTester.of(new ErrorBodyLeaksFilePath(patterns("\\\\\\\\[\\w.-]+\\\\[\\w$]+\\\\\\S+")));

  private static final String FDB = "{\"message\":\"commit failed: FDB error 1020 (not_committed)\"}";

  @Test
  void aConfiguredPatternMakesAFindingTheDetectorAloneDoesNot() {
    RuleTester.of(new ErrorBodyLeaksSql()).given(request("POST", "/ledger").respond(500).json(FDB)).expectClean();
    Finding f = sql.given(request("POST", "/ledger").respond(500).json(FDB))
        .expectFinding("500 body leaks a database error matching a configured leak.sql pattern", "FDB error 1020");
    assertThat(f.evidence()).isEqualTo("FDB error 1020");
  }

  @Test
  void eachRuleTakesItsOwnPatterns() {
    String trace = "{\"error\":\"crashed\\n frame#3 OrderService.place@orders.acme:88\"}";
    stackTrace.given(request("POST", "/orders").respond(500).json(trace))
        .expectFinding("stack trace matching a configured leak.stack-trace pattern", "frame#3");
    sql.given(request("POST", "/orders").respond(500).json(trace)).expectClean();
  }

  @Test
  void patternsSeeTheBodyAsAReaderDoes() {
    // JSON doubles each backslash of a UNC path; the pattern is written against the path itself.
    filePath.given(request("PUT", "/exports/7").respond(500)
        .json("{\"detail\":\"cannot write \\\\\\\\fs01\\\\exports$\\\\orders.csv\"}"))
        .expectFinding("file path matching a configured leak.file-path pattern", "\\\\fs01\\exports$\\orders.csv");
  }

  @Test
  void lookAlikesThatTheRegexRefusesStayClean() {
    sql.given(request("POST", "/ledger").respond(500).json("{\"message\":\"FDB error budget exceeded\"}"))
        .expectClean();
    sql.given(request("POST", "/ledger").respond(500).json("{\"message\":\"FDB error 12\"}")).expectClean();
    stackTrace.given(request("GET", "/frames").respond(404).json("{\"message\":\"frame#3 not found\"}"))
        .expectClean();
  }

  @Test
  void theBuiltInDetectorKeepsItsFindingAndWording() {
    String postgres = "{\"message\":\"ERROR: duplicate key value violates unique constraint \\\"users_email_key\\\" "
        + "(FDB error 1020)\"}";
    sql.given(request("POST", "/users").respond(409).json(postgres))
        .expectFinding("409 body leaks a PostgreSQL error", "violates unique constraint");
  }

  @Test
  void theRuleStillOnlyReadsKnownTextErrorBodies() {
    sql.given(request("POST", "/ledger").respond(200).json(FDB)).expectClean();
    sql.given(request("POST", "/ledger").respond(500).header("Content-Type", "image/png").body(FDB)).expectClean();
    sql.given(request("POST", "/ledger").respond(500).body(Body.unknown())).expectClean();
  }

  @Test
  void judgesSpecExamplesToo() {
    sql.given(DeclaredResponse.of("POST", "/ledger", 503).example(FDB), "/ledger")
        .expectFinding("503 response example leaks a database error");
  }

  @Test
  void aMatchIsQuotedShortNotTheWholeBody() {
    RuleTester greedy = RuleTester.of(new ErrorBodyLeaksSql(patterns("FDB.*")));
    Finding f = greedy.given(request("POST", "/l").respond(500).header("Content-Type", "text/plain")
        .body("FDB " + "x".repeat(5000))).expectFinding("database error");
    assertThat(f.message().length()).isLessThan(200);
    assertThat(f.evidence().length()).isLessThanOrEqualTo(120);
  }

  @Test
  void refusesPatternsThatCannotBeUsed() {
    assertThatThrownBy(() -> patterns("FDB error (\\d+")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("invalid regular expression 'FDB error (\\d+'").hasMessageContaining("Unclosed group")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThatThrownBy(() -> patterns("x*")).hasMessageContaining("matches the empty text");
    assertThatThrownBy(() -> patterns(" ")).hasMessageContaining("empty pattern");
    assertThat(patterns().isEmpty()).isTrue();
  }
}
