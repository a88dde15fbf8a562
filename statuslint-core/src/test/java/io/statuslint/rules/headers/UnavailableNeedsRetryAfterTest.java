package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.rule.Severity;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnavailableNeedsRetryAfterTest {

  private final RuleTester rule = RuleTester.of(new UnavailableNeedsRetryAfter());

  @Test
  void flagsUnavailableWithoutRetryAfter() {
    assertThat(rule.given(get("/orders").respond(503)).expectFinding("503", "Retry-After").severity())
        .isEqualTo(Severity.WARNING);
  }

  @Test
  void acceptsSecondsOrDate() {
    rule.given(get("/orders").respond(503).header("Retry-After", "120")).expectClean();
    rule.given(get("/orders").respond(503).header("Retry-After", "Wed, 21 Oct 2015 07:28:00 GMT"))
        .expectClean();
  }

  @Test
  void ignoresOtherServerErrors() {
    rule.given(get("/orders").respond(500)).expectClean();
    rule.given(get("/orders").respond(502)).expectClean();
    rule.given(get("/orders").respond(504)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 503), "/orders").expectFinding("503");
    rule.given(DeclaredResponse.of("POST", "/jobs", 503).declaresHeader("Retry-After"), "/orders").expectClean();
  }
}
