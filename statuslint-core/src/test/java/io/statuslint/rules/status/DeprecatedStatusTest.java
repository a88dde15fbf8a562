package io.statuslint.rules.status;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class DeprecatedStatusTest {

  private final RuleTester rule = RuleTester.of(new DeprecatedStatus());

  @Test
  void flagsUseProxy() {
    rule.given(get("/x").respond(305).header("Location", "http://proxy:3128")).expectFinding("305", "deprecated");
  }

  @Test
  void flagsTheUnusedCode() {
    rule.given(get("/x").respond(306)).expectFinding("306", "unused");
  }

  @Test
  void flagsNotExtended() {
    rule.given(get("/x").respond(510)).expectFinding("510", "obsolete");
  }

  @Test
  void flagsDeprecatedCodesInASpec() {
    rule.given(DeclaredResponse.of("get", "/a", "510"), "/a").expectFinding("510");
  }

  @ParameterizedTest
  @ValueSource(ints = {300, 304, 307, 308, 501, 511, 418})
  void leavesCurrentCodesAlone(int code) {
    rule.given(get("/x").respond(code)).expectClean();
  }
}
