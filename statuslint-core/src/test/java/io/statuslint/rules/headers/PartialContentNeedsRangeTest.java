package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PartialContentNeedsRangeTest {

  private final RuleTester rule = RuleTester.of(new PartialContentNeedsRange());

  @Test
  void flagsPartialContentWithoutContentRange() {
    rule.given(get("/file.bin").header("Range", "bytes=0-99").respond(206)
            .header("Content-Type", "application/octet-stream").body("x".repeat(100)))
        .expectFinding("206", "Content-Range");
  }

  @Test
  void otherMultipartTypesAreNotExempt() {
    rule.given(get("/file.bin").respond(206).header("Content-Type", "multipart/mixed; boundary=b"))
        .expectFinding("Content-Range");
  }

  @Test
  void acceptsContentRange() {
    rule.given(get("/file.bin").respond(206).header("content-range", "bytes 0-99/1000")).expectClean();
  }

  @Test
  void exemptsMultipartByteranges() {
    rule.given(get("/file.bin").respond(206)
            .header("Content-Type", "Multipart/Byteranges; boundary=THIS_STRING_SEPARATES"))
        .expectClean();
  }

  @Test
  void ignoresFullResponses() {
    rule.given(get("/file.bin").header("Range", "bytes=0-99").respond(200)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 206).content("application/octet-stream"), "/file").expectFinding("206");
    rule.given(DeclaredResponse.of("POST", "/jobs", 206).content("multipart/byteranges"), "/file").expectClean();
    rule.given(DeclaredResponse.of("POST", "/jobs", 206).declaresHeader("Content-Range"), "/file").expectClean();
  }
}
