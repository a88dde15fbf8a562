package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnauthorizedNeedsChallengeTest {

  private final RuleTester rule = RuleTester.of(new UnauthorizedNeedsChallenge());

  @Test
  void flagsUnauthorizedWithoutChallenge() {
    rule.given(get("/me").respond(401).json("{\"error\":\"unauthenticated\"}"))
        .expectFinding("401", "WWW-Authenticate");
  }

  @Test
  void proxyChallengeOrCustomHeadersDoNotCount() {
    rule.given(get("/me").respond(401).header("Proxy-Authenticate", "Basic")).expectFinding("WWW-Authenticate");
    rule.given(get("/me").respond(401).header("X-WWW-Authenticate", "Bearer")).expectFinding("WWW-Authenticate");
  }

  @Test
  void acceptsAnyChallenge() {
    rule.given(get("/me").respond(401).header("www-authenticate", "Bearer realm=\"api\"")).expectClean();
  }

  @Test
  void ignoresForbiddenAndProxyAuth() {
    rule.given(get("/me").respond(403)).expectClean();
    rule.given(get("/me").respond(407)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 401), "/me").expectFinding("401");
    rule.given(DeclaredResponse.of("POST", "/jobs", 401).declaresHeader("WWW-Authenticate"), "/me").expectClean();
    rule.given(DeclaredResponse.of("POST", "/jobs", 401).unknownHeader("WWW-Authenticate"), "/me").expectClean();
  }
}
