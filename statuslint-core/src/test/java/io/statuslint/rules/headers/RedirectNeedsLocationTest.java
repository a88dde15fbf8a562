package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RedirectNeedsLocationTest {

  private final RuleTester rule = RuleTester.of(new RedirectNeedsLocation());

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void flagsRedirectsWithoutLocation(int code) {
    rule.given(get("/old").respond(code)).expectFinding(String.valueOf(code), "Location");
  }

  @ParameterizedTest
  @ValueSource(ints = {301, 302, 303, 307, 308})
  void acceptsRedirectsWithLocation(int code) {
    rule.given(get("/old").respond(code).header("location", "/new")).expectClean();
  }

  @Test
  void otherHeadersDoNotTakeLocationsPlace() {
    rule.given(get("/old").respond(302).header("Content-Location", "/new")).expectFinding("Location");
    rule.given(get("/old").respond(302).header("Refresh", "0; url=/new")).expectFinding("Location");
  }

  @Test
  void leavesMultipleChoicesAndNotModifiedAlone() {
    rule.given(get("/doc").respond(300).json("[\"/doc.en\",\"/doc.fr\"]")).expectClean();
    rule.given(get("/doc").respond(304)).expectClean();
    rule.given(get("/doc").respond(305)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 301), "/old").expectFinding("301");
    rule.given(DeclaredResponse.of("POST", "/jobs", 301).declaresHeader("Location"), "/old").expectClean();
    rule.given(DeclaredResponse.of("POST", "/jobs", 303).unknownHeader("Location"), "/old").expectClean();
  }
}
