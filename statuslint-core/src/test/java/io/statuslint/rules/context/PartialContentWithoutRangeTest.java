package io.statuslint.rules.context;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PartialContentWithoutRangeTest {

  private final RuleTester rule = RuleTester.of(new PartialContentWithoutRange());

  @Test
  void flagsPartialContentNobodyAskedFor() {
    rule.given(get("/files/a.bin").respond(206).header("Content-Range", "bytes 0-99/1000").body("x".repeat(100)))
        .expectSuggestedCode(200);
    rule.given(get("/files/a.bin").header("If-Range", "\"v1\"").respond(206)).expectFinding("206", "Range");
  }

  @Test
  void acceptsARangeRequest() {
    rule.given(get("/files/a.bin").header("Range", "bytes=0-99").respond(206)
        .header("Content-Range", "bytes 0-99/1000")).expectClean();
    rule.given(get("/files/a.bin").header("range", "bytes=-10").respond(206)).expectClean();
  }

  @Test
  void provisionalRequestHeadersAreUnknown() {
    rule.given(get("/video.mp4").provisionalRequestHeaders().respond(206)).expectClean();
  }

  @Test
  void otherCodesAreLeftAlone() {
    rule.given(get("/files/a.bin").respond(200)).expectClean();
    rule.given(get("/files/a.bin").respond(416)).expectClean();
  }
}
