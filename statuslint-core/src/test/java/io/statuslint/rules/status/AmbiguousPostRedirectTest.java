package io.statuslint.rules.status;

import static io.statuslint.model.ExchangeBuilder.get;
import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AmbiguousPostRedirectTest {

  private final RuleTester rule = RuleTester.of(new AmbiguousPostRedirect());

  @Test
  void suggests308ForAPermanentRedirectOfAPost() {
    Finding f = rule.given(request("POST", "/orders").respond(301).header("Location", "/v2/orders"))
        .expectSuggestedCode(308);
    assertThat(f.message()).contains("301").contains("POST");
    assertThat(f.suggestion().text()).contains("303");
  }

  @Test
  void suggests307ForATemporaryRedirectOfAPost() {
    Finding f = rule.given(request("POST", "/login").respond(302).header("Location", "/home"))
        .expectSuggestedCode(307);
    assertThat(f.suggestion().text()).contains("303");
  }

  @Test
  void judgesSpecOperationsTheSameWay() {
    rule.given(DeclaredResponse.of("post", "/orders", "301").declaresHeader("Location"), "/orders").expectSuggestedCode(308);
    rule.given(DeclaredResponse.of("get", "/orders", "301").declaresHeader("Location"), "/orders").expectClean();
  }

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "PUT", "DELETE", "PATCH", "OPTIONS"})
  void leavesOtherMethodsAlone(String method) {
    rule.given(request(method, "/a").respond(301).header("Location", "/b")).expectClean();
    rule.given(request(method, "/a").respond(302).header("Location", "/b")).expectClean();
  }

  @ParameterizedTest
  @ValueSource(ints = {303, 307, 308, 300})
  void leavesMethodPreservingRedirectsOfAPostAlone(int code) {
    rule.given(request("POST", "/a").respond(code).header("Location", "/b")).expectClean();
  }

  @Test
  void ignoresAPlainGetRedirect() {
    rule.given(get("/old").respond(301).header("Location", "/new")).expectClean();
  }
}
