package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.rule.Severity;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RateLimitNeedsRetryAfterTest {

  private final RuleTester rule = RuleTester.of(new RateLimitNeedsRetryAfter());

  @Test
  void flagsTooManyRequestsWithoutRetryAfter() {
    Finding f = rule.given(get("/orders").respond(429)).expectFinding("429", "Retry-After");
    assertThat(f.severity()).isEqualTo(Severity.ERROR);
    assertThat(f.suggestion().text()).contains("Retry-After: <seconds>");
  }

  @Test
  void rateLimitHeadersDoNotReplaceRetryAfter() {
    rule.given(get("/orders").respond(429).header("X-RateLimit-Reset", "1700000000")
            .header("RateLimit-Reset", "30"))
        .expectFinding("Retry-After");
  }

  @Test
  void acceptsRetryAfterInAnyCaseAndAnyForm() {
    rule.given(get("/orders").respond(429).header("retry-after", "30")).expectClean();
    // A malformed value is retry-after-invalid's finding, not a missing header.
    rule.given(get("/orders").respond(429).header("Retry-After", "soon")).expectClean();
  }

  @Test
  void ignoresOtherCodes() {
    rule.given(get("/orders").respond(503)).expectClean();
    rule.given(get("/orders").respond(403)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 429), "/orders").expectFinding("429");
    rule.given(DeclaredResponse.of("POST", "/jobs", 429).declaresHeader("Retry-After"), "/orders").expectClean();
    rule.given(DeclaredResponse.of("POST", "/jobs", 429).unknownHeader("Retry-After"), "/orders").expectClean();
  }
}
