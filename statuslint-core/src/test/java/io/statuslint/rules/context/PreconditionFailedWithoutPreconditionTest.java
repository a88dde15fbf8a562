package io.statuslint.rules.context;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class PreconditionFailedWithoutPreconditionTest {

  private final RuleTester rule = RuleTester.of(new PreconditionFailedWithoutPrecondition());

  @Test
  void flagsPreconditionFailedWithoutAnyPrecondition() {
    rule.given(request("PUT", "/docs/1").header("Content-Type", "application/json").respond(412))
        .expectSuggestedCode(428);
    rule.given(request("PUT", "/docs/1").respond(412)).expectFinding("412", "If-Match");
  }

  @ParameterizedTest
  @ValueSource(strings = {"If-Match", "If-None-Match", "If-Unmodified-Since", "If-Modified-Since", "If", "if-match"})
  void acceptsAnyPreconditionHeader(String header) {
    rule.given(request("PUT", "/docs/1").header(header, "\"v1\"").respond(412)).expectClean();
  }

  /** If-Range is a condition on Range, not a precondition that can yield 412. */
  @Test
  void ifRangeIsNoPrecondition() {
    rule.given(request("GET", "/docs/1").header("If-Range", "\"v1\"").respond(412)).expectFinding("412");
  }

  @Test
  void provisionalRequestHeadersAreUnknown() {
    rule.given(request("PUT", "/docs/1").provisionalRequestHeaders().respond(412)).expectClean();
  }

  @Test
  void otherCodesAreLeftAlone() {
    rule.given(request("PUT", "/docs/1").respond(428)).expectClean();
    rule.given(request("PUT", "/docs/1").respond(409)).expectClean();
  }
}
