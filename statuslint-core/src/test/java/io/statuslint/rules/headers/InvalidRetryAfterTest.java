package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidRetryAfterTest {

  private final RuleTester rule = RuleTester.of(new InvalidRetryAfter());

  @ParameterizedTest
  @ValueSource(strings = {
      "0",
      "120",
      " 120\t",
      "99999999999999999999",
      "Sun, 06 Nov 1994 08:49:37 GMT",
      "Thu, 29 Feb 2024 23:59:60 GMT",
      "Sunday, 06-Nov-94 08:49:37 GMT",
      "Tuesday, 29-Feb-00 00:00:00 GMT",
      "Sun Nov  6 08:49:37 1994",
      "Sun Nov 16 08:49:37 1994",
      "Sun Nov 06 08:49:37 1994",
      // the day name does not match the date; RFC 9110 does not ask recipients to check
      "Mon, 06 Nov 1994 08:49:37 GMT"})
  void acceptsSecondsAndTheThreeDateForms(String value) {
    rule.given(get("/orders").respond(429).header("Retry-After", value)).expectClean();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",
      "-1",
      "+5",
      "1.5",
      "120s",
      "soon",
      "120, 120",
      "2025-01-01T00:00:00Z",
      "Sun, 06 Nov 1994 08:49:37 UTC",
      "Sun, 06 Nov 1994 08:49:37 +0000",
      "Sun, 06 Nov 1994 08:49:37 gmt",
      "sun, 06 Nov 1994 08:49:37 GMT",
      "Sun, 6 Nov 1994 08:49:37 GMT",
      "Sun, 06 November 1994 08:49:37 GMT",
      "Sun, 06 Nov 94 08:49:37 GMT",
      "Sun, 30 Feb 1994 08:49:37 GMT",
      "Sun, 06 Nov 1994 24:00:00 GMT",
      "Sun, 06 Nov 1994 08:60:00 GMT",
      "Sun,  06 Nov 1994 08:49:37 GMT",
      "Sun, 06-Nov-94 08:49:37 GMT",
      "Sunday, 06-Nov-1994 08:49:37 GMT",
      "Sun Nov 6 08:49:37 1994",
      "Sun Nov  6 08:49:37 1994 GMT",
      "\u0661\u0662\u0660"})
  void flagsAnythingElse(String value) {
    assertThat(rule.given(get("/orders").respond(503).header("Retry-After", value))
            .expectFinding("Retry-After").evidence())
        .startsWith("Retry-After:");
  }

  @Test
  void checksTheHeaderOnAnyStatus() {
    rule.given(get("/orders").respond(200).header("Retry-After", "later")).expectFinding("Retry-After");
    rule.given(get("/orders").respond(301).header("Location", "/new").header("Retry-After", "later"))
        .expectFinding("Retry-After");
  }

  @Test
  void aMissingHeaderIsNotThisRulesConcern() {
    rule.given(get("/orders").respond(429)).expectClean();
    rule.given(get("/orders").respond(503)).expectClean();
  }

  @Test
  void isTrafficOnly() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 429).declaresHeader("Retry-After"), "/orders").expectClean();
  }
}
