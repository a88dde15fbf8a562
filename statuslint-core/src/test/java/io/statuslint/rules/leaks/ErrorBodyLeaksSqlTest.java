package io.statuslint.rules.leaks;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statuslint.finding.Finding;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ErrorBodyLeaksSqlTest {

  private final RuleTester rule = RuleTester.of(new ErrorBodyLeaksSql());

  @Test
  void flagsADriverErrorWithTheDatabaseName() {
    Finding f = rule.given(request("POST", "/users").respond(409).json(
        "{\"message\":\"ERROR: duplicate key value violates unique constraint \\\"users_email_key\\\"\"}"))
        .expectFinding("409 body leaks a PostgreSQL error", "violates unique constraint");
    assertTrue(f.evidence().contains("\"users_email_key\""), f.evidence());
  }

  @Test
  void flagsSqlText() {
    rule.given(request("GET", "/orders/42").respond(500).header("Content-Type", "text/plain")
        .body("query failed: SELECT * FROM orders WHERE id = 42")).expectFinding("500 body leaks an SQL statement");
  }

  @Test
  void flagsOracleInAnHtmlPage() {
    rule.given(request("GET", "/").respond(503).header("Content-Type", "text/html")
        .body("<html><body><p>ORA-12541: TNS:no listener</p></body></html>")).expectFinding("Oracle error");
  }

  @Test
  void judgesASpecExample() {
    rule.given(DeclaredResponse.of("GET", "/users", 500).example("{\"error\":\"SQLSTATE[23000]: Integrity constraint violation: 1062\"}"),
        "/users").expectFinding("500 response example leaks");
  }

  @Test
  void leavesEnglishAndSuccessAlone() {
    rule.given(request("POST", "/checkout").respond(400).json("{\"detail\":\"Select a plan from the list.\"}"))
        .expectClean();
    rule.given(request("PUT", "/settings").respond(422).json("{\"detail\":\"Please update your settings.\"}"))
        .expectClean();
    rule.given(request("POST", "/console").respond(200).json("{\"query\":\"SELECT id FROM orders WHERE id = 1\"}"))
        .expectClean();
    rule.given(request("GET", "/orders/42").respond(500).unknownBody()).expectClean();
  }
}
