package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class RangeNotSatisfiableNeedsRangeTest {

  private final RuleTester rule = RuleTester.of(new RangeNotSatisfiableNeedsRange());

  @Test
  void flagsRangeNotSatisfiableWithoutContentRange() {
    assertThat(rule.given(get("/file.bin").header("Range", "bytes=5000-").respond(416))
            .expectFinding("416", "Content-Range").suggestion().text())
        .contains("bytes */");
  }

  @Test
  void contentLengthIsNotContentRange() {
    rule.given(get("/file.bin").respond(416).header("Content-Length", "0")).expectFinding("Content-Range");
  }

  @Test
  void acceptsUnsatisfiedRangeForm() {
    rule.given(get("/file.bin").respond(416).header("Content-Range", "bytes */1000")).expectClean();
  }

  @Test
  void ignoresOtherCodes() {
    rule.given(get("/file.bin").respond(206)).expectClean();
    rule.given(get("/file.bin").respond(400)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 416), "/file").expectFinding("416");
    rule.given(DeclaredResponse.of("POST", "/jobs", 416).declaresHeader("Content-Range"), "/file").expectClean();
  }
}
