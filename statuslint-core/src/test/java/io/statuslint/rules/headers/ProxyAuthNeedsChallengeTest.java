package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ProxyAuthNeedsChallengeTest {

  private final RuleTester rule = RuleTester.of(new ProxyAuthNeedsChallenge());

  @Test
  void flagsProxyAuthWithoutChallenge() {
    rule.given(get("/me").respond(407)).expectFinding("407", "Proxy-Authenticate");
  }

  @Test
  void anOriginChallengeIsNotAProxyChallenge() {
    rule.given(get("/me").respond(407).header("WWW-Authenticate", "Basic realm=\"x\""))
        .expectFinding("Proxy-Authenticate");
  }

  @Test
  void acceptsProxyChallenge() {
    rule.given(get("/me").respond(407).header("proxy-authenticate", "Basic realm=\"proxy\"")).expectClean();
  }

  @Test
  void ignoresUnauthorized() {
    rule.given(get("/me").respond(401)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 407), "/me").expectFinding("407");
    rule.given(DeclaredResponse.of("POST", "/jobs", 407).declaresHeader("Proxy-Authenticate"), "/me").expectClean();
  }
}
