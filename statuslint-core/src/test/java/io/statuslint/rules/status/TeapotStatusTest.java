package io.statuslint.rules.status;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class TeapotStatusTest {

  private final RuleTester rule = RuleTester.of(new TeapotStatus());

  @Test
  void flagsTeapotAndSuggestsARealCode() {
    rule.given(get("/coffee").respond(418).body("I'm a teapot")).expectSuggestedCode(400);
    rule.given(get("/coffee").respond(418)).expectFinding("418");
  }

  @Test
  void flagsTeapotDeclaredInASpec() {
    rule.given(DeclaredResponse.of("get", "/coffee", "418"), "/coffee").expectFinding("418");
  }

  @Test
  void leavesNeighbouringCodesAlone() {
    rule.given(get("/x").respond(417)).expectClean();
    rule.given(get("/x").respond(419)).expectClean();
    rule.given(get("/x").respond(400).body("I'm a teapot")).expectClean();
  }
}
