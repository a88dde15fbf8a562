package io.statuslint.rules.context;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class CreatedOnSafeMethodTest {

  private final RuleTester rule = RuleTester.of(new CreatedOnSafeMethod());

  @ParameterizedTest
  @ValueSource(strings = {"GET", "HEAD", "OPTIONS", "get"})
  void flagsCreatedAnsweringASafeMethod(String method) {
    rule.given(request(method, "/sessions").respond(201).header("Location", "/sessions/1"))
        .expectSuggestedCode(200);
  }

  @Test
  void messageNamesCodeAndMethod() {
    rule.given(request("GET", "/sessions").respond(201)).expectFinding("201", "GET");
  }

  @ParameterizedTest
  @ValueSource(strings = {"POST", "PUT", "PATCH", "DELETE"})
  void leavesUnsafeMethodsAlone(String method) {
    rule.given(request(method, "/sessions").respond(201).header("Location", "/sessions/1")).expectClean();
  }

  @Test
  void leavesOtherCodesOnSafeMethodsAlone() {
    rule.given(request("GET", "/sessions").respond(200)).expectClean();
    rule.given(request("HEAD", "/sessions").respond(202)).expectClean();
  }

  @Test
  void judgesSpecOperations() {
    rule.given(DeclaredResponse.of("get", "/reports", "201"), "/reports").expectFinding("201", "GET");
    rule.given(DeclaredResponse.of("post", "/reports", "201"), "/reports").expectClean();
  }
}
