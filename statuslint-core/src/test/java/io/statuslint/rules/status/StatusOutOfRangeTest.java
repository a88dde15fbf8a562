package io.statuslint.rules.status;

import static io.statuslint.model.ExchangeBuilder.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class StatusOutOfRangeTest {

  private final RuleTester rule = RuleTester.of(new StatusOutOfRange());

  @ParameterizedTest
  @ValueSource(ints = {600, 999, 99, 42, 1000})
  void flagsRecordedCodesOutsideTheRange(int code) {
    rule.given(get("/x").respond(code)).expectFinding(Integer.toString(code), "100 to 599");
  }

  @ParameterizedTest
  @ValueSource(ints = {100, 101, 200, 418, 499, 599})
  void acceptsEveryCodeInTheRange(int code) {
    rule.given(get("/x").respond(code)).expectClean();
  }

  @Test
  void flagsSpecKeysThatAreNoStatusCode() {
    rule.given(DeclaredResponse.of("get", "/a", "600"), "/a").expectFinding("600");
    rule.given(DeclaredResponse.of("get", "/a", "99"), "/a").expectFinding("99");
    rule.given(DeclaredResponse.of("get", "/a", "0200"), "/a").expectFinding("0200");
  }

  @Test
  void flagsLowerCaseRangeKeyAndSuggestsUpperCase() {
    Finding f = rule.given(DeclaredResponse.of("get", "/a", "2xx"), "/a").expectFinding("2xx");
    assertThat(f.suggestion().text()).contains("2XX");
    assertThat(f.suggestion().code()).isNull();
  }

  @Test
  void leavesUpperCaseRangeKeysAndDefaultAlone() {
    rule.given(DeclaredResponse.of("get", "/a", "2XX"), "/a").expectClean();
    rule.given(DeclaredResponse.of("get", "/a", "5XX"), "/a").expectClean();
    rule.given(DeclaredResponse.of("get", "/a", "default"), "/a").expectClean();
    rule.given(DeclaredResponse.of("get", "/a", "404"), "/a").expectClean();
  }
}
