package io.statuslint.rules.bodies;

import static io.statuslint.model.ExchangeBuilder.get;
import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.model.Body;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class HeadResponseWithBodyTest {

  private final RuleTester rule = RuleTester.of(new HeadResponseWithBody());

  @Test
  void flagsBodyBytesOnAnAnswerToHead() {
    rule.given(request("HEAD", "/a").respond(200).json("{\"id\":1}")).expectFinding("200", "HEAD", "8-byte body");
  }

  @Test
  void flagsErrorAnswersToHeadToo() {
    rule.given(request("HEAD", "/missing").respond(404).body("not found")).expectFinding("404", "HEAD");
  }

  @Test
  void aTruncatedPrefixWithBytesIsContent() {
    rule.given(request("HEAD", "/a").respond(200).body(Body.truncated("abc", -1))).expectFinding("HEAD");
  }

  /** HEAD answers carry the Content-Length a GET would get; that is the point of HEAD. */
  @Test
  void contentLengthAloneIsNotContent() {
    rule.given(request("HEAD", "/a").respond(200).header("Content-Length", "5120")).expectClean();
  }

  @Test
  void anUnknownBodyNeverFires() {
    rule.given(request("HEAD", "/a").respond(200).header("Content-Length", "5120").unknownBody()).expectClean();
  }

  @Test
  void otherMethodsMayHaveBodies() {
    rule.given(get("/a").respond(200).json("{\"id\":1}")).expectClean();
    rule.given(request("OPTIONS", "/a").respond(200).body("GET, HEAD")).expectClean();
  }
}
