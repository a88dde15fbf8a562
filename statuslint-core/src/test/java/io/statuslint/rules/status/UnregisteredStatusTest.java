package io.statuslint.rules.status;

import static io.statuslint.model.ExchangeBuilder.get;
import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class UnregisteredStatusTest {

  private final RuleTester rule = RuleTester.of(new UnregisteredStatus());

  @ParameterizedTest
  @ValueSource(ints = {209, 299, 419, 420, 440, 444, 449, 499, 520, 521, 522, 523, 524, 525, 526, 527, 598, 599})
  void flagsUnregisteredCodesAndNamesTheClassFallback(int code) {
    int fallback = code / 100 * 100;
    Finding f = rule.given(get("/x").respond(code)).expectSuggestedCode(fallback);
    assertThat(f.message()).contains(Integer.toString(code)).contains(Integer.toString(fallback));
  }

  @Test
  void fallbackIsNamedWithItsReasonPhrase() {
    rule.given(request("POST", "/orders").respond(499)).expectFinding("499", "400 Bad Request");
    rule.given(get("/x").respond(299)).expectFinding("299", "200 OK");
  }

  /** Reserved, deprecated, obsolete and provisional codes are in the registry: other rules judge them. */
  @ParameterizedTest
  @ValueSource(ints = {418, 306, 305, 510, 104, 102, 103, 208, 226, 421, 425, 451, 508, 511})
  void leavesRegistryEntriesAlone(int code) {
    rule.given(get("/x").respond(code)).expectClean();
  }

  @ParameterizedTest
  @ValueSource(ints = {99, 600, 999})
  void leavesOutOfRangeCodesToStatusOutOfRange(int code) {
    rule.given(get("/x").respond(code)).expectClean();
  }

  @Test
  void judgesSpecResponsesTheSameWay() {
    rule.given(DeclaredResponse.of("get", "/a", "420"), "/a").expectSuggestedCode(400);
    rule.given(DeclaredResponse.of("get", "/a", "4XX"), "/a").expectClean();
    rule.given(DeclaredResponse.of("get", "/a", "422"), "/a").expectClean();
  }

  @Test
  void statusFilterCoversExactlyTheUnregisteredCodes() {
    RuleMetadata m = new UnregisteredStatus().metadata();
    assertThat(m.id()).isEqualTo("status-unregistered");
    assertThat(m.appliesToStatus(499)).isTrue();
    assertThat(m.appliesToStatus(520)).isTrue();
    assertThat(m.appliesToStatus(200)).isFalse();
    assertThat(m.appliesToStatus(418)).isFalse();
    assertThat(m.appliesToStatus(104)).isFalse();
    assertThat(m.statuses()).isNotEmpty();
  }
}
