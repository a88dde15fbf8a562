package io.statuslint.rules.bodies;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.model.Body;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class NotModifiedWithBodyTest {

  private final RuleTester rule = RuleTester.of(new NotModifiedWithBody());

  @Test
  void flagsBodyBytesOnNotModified() {
    rule.given(get("/a").header("If-None-Match", "\"v1\"").respond(304).json("{\"id\":1}"))
        .expectFinding("304", "8-byte body");
  }

  @Test
  void aTruncatedPrefixWithBytesIsContent() {
    rule.given(get("/a").respond(304).body(Body.truncated("<html>", -1))).expectFinding("304");
  }

  /** On a 304, Content-Length describes the cached representation, not this response. */
  @Test
  void contentLengthAloneIsNotContent() {
    rule.given(get("/a").header("If-None-Match", "\"v1\"").respond(304).header("Content-Length", "5120"))
        .expectClean();
  }

  @Test
  void anUnknownBodyNeverFires() {
    rule.given(get("/a").respond(304).unknownBody()).expectClean();
  }

  @Test
  void otherCodesAreLeftAlone() {
    rule.given(get("/a").respond(200).json("{\"id\":1}")).expectClean();
    rule.given(get("/a").respond(303).body("see /b")).expectClean();
  }

  @Test
  void specDeclaringContentOnNotModifiedIsFlagged() {
    rule.given(DeclaredResponse.of("get", "/a", "304").content("application/json"), "/a").expectFinding("304");
    rule.given(DeclaredResponse.of("get", "/a", "304").declaresHeader("ETag"), "/a").expectClean();
  }
}
