package io.statuslint.rules.bodies;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.model.Body;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NoContentWithBodyTest {

  private final RuleTester rule = RuleTester.of(new NoContentWithBody());

  @Test
  void flagsBodyBytesOnNoContent() {
    Finding f = rule.given(request("DELETE", "/orders/42").respond(204).json("{\"deleted\":true}"))
        .expectFinding("204", "16-byte body");
    assertThat(f.suggestion().code()).isEqualTo(200);
    assertThat(f.evidence()).contains("deleted");
  }

  @Test
  void flagsBodyBytesOnResetContent() {
    rule.given(request("POST", "/form").respond(205).body("ok")).expectFinding("205");
  }

  @Test
  void aTruncatedPrefixWithBytesIsContent() {
    rule.given(request("DELETE", "/a").respond(204).body(Body.truncated("{\"dele", -1))).expectFinding("204");
    rule.given(request("DELETE", "/a").respond(204).body(Body.truncated("{\"dele", 900)))
        .expectFinding("900-byte body");
  }

  @Test
  void flagsNonZeroContentLengthEvenWhenTheBodyWasNotRecorded() {
    Finding f = rule.given(request("DELETE", "/a").respond(204).header("Content-Length", "12").unknownBody())
        .expectFinding("204", "Content-Length: 12");
    assertThat(f.evidence()).isEqualTo("Content-Length: 12");
    rule.given(request("DELETE", "/a").respond(204).header("content-length", "12, 12")).expectFinding("12");
  }

  @Test
  void contentLengthZeroIsNotFlagged() {
    rule.given(request("DELETE", "/a").respond(204).header("Content-Length", "0")).expectClean();
    rule.given(request("DELETE", "/a").respond(205).header("Content-Length", "00")).expectClean();
  }

  @Test
  void malformedContentLengthIsNotThisRulesBusiness() {
    rule.given(request("DELETE", "/a").respond(204).header("Content-Length", "abc")).expectClean();
    rule.given(request("DELETE", "/a").respond(204).header("Content-Length", "")).expectClean();
  }

  @Test
  void anUnknownBodyNeverFires() {
    rule.given(request("DELETE", "/a").respond(204).unknownBody()).expectClean();
  }

  @Test
  void anEmptyBodyIsFine() {
    rule.given(request("DELETE", "/a").respond(204)).expectClean();
    rule.given(request("DELETE", "/a").respond(204).body("")).expectClean();
  }

  @Test
  void otherSuccessCodesMayCarryContent() {
    rule.given(request("DELETE", "/a").respond(200).json("{\"deleted\":true}")).expectClean();
    rule.given(request("POST", "/a").respond(202).header("Content-Length", "10").body("queued: 42")).expectClean();
  }

  @Test
  void specDeclaringContentOnNoContentIsFlagged() {
    rule.given(DeclaredResponse.of("delete", "/a", "204").content("application/json"), "/a")
        .expectFinding("204", "declares");
    rule.given(DeclaredResponse.of("delete", "/a", "204"), "/a").expectClean();
    rule.given(DeclaredResponse.of("delete", "/a", "205").declaresHeader("Content-Length"), "/a").expectClean();
  }
}
