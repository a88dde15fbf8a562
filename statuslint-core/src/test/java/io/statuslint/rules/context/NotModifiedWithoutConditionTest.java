package io.statuslint.rules.context;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NotModifiedWithoutConditionTest {

  private final RuleTester rule = RuleTester.of(new NotModifiedWithoutCondition());

  @Test
  void flagsNotModifiedToAnUnconditionalRequest() {
    rule.given(get("/a").header("Accept", "application/json").respond(304)).expectSuggestedCode(200);
    rule.given(get("/a").respond(304).header("ETag", "\"v1\"")).expectFinding("304", "If-None-Match");
  }

  @Test
  void acceptsEitherValidator() {
    rule.given(get("/a").header("If-None-Match", "\"v1\"").respond(304)).expectClean();
    rule.given(get("/a").header("if-modified-since", "Tue, 03 Nov 2026 10:00:00 GMT").respond(304)).expectClean();
  }

  /** A browser that showed only provisional headers may have sent a validator: unknown, not absent. */
  @Test
  void provisionalRequestHeadersAreUnknown() {
    rule.given(get("/a").header("Accept", "*/*").provisionalRequestHeaders().respond(304)).expectClean();
  }

  @Test
  void otherCodesAreLeftAlone() {
    rule.given(get("/a").respond(200)).expectClean();
    rule.given(get("/a").respond(412)).expectClean();
  }
}
