package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class MethodNotAllowedNeedsAllowTest {

  private final RuleTester rule = RuleTester.of(new MethodNotAllowedNeedsAllow());

  @Test
  void flagsMethodNotAllowedWithoutAllow() {
    rule.given(request("DELETE", "/orders").respond(405)).expectFinding("405", "Allow");
  }

  @Test
  void corsAllowMethodsIsNotAllow() {
    rule.given(request("DELETE", "/orders").respond(405)
            .header("Access-Control-Allow-Methods", "GET, POST"))
        .expectFinding("Allow");
  }

  @Test
  void acceptsAllowIncludingAnEmptyOne() {
    rule.given(request("DELETE", "/orders").respond(405).header("Allow", "GET, HEAD")).expectClean();
    rule.given(request("DELETE", "/orders").respond(405).header("allow", "")).expectClean();
  }

  @Test
  void ignoresOtherCodes() {
    rule.given(request("FOO", "/orders").respond(501)).expectClean();
    rule.given(request("DELETE", "/orders").respond(404)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 405), "/orders").expectFinding("405");
    rule.given(DeclaredResponse.of("POST", "/jobs", 405).declaresHeader("Allow"), "/orders").expectClean();
  }
}
