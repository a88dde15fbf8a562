package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class CreatedNeedsLocationTest {

  private final RuleTester rule = RuleTester.of(new CreatedNeedsLocation());

  @Test
  void flagsCreatedWithoutLocation() {
    rule.given(request("POST", "/orders").respond(201).json("{\"id\":42}")).expectFinding("Location");
  }

  @Test
  void flagsCreatedWithOnlyContentLocation() {
    rule.given(request("PUT", "/docs/a").respond(201).header("Content-Location", "/docs/a"))
        .expectFinding("Location");
  }

  @Test
  void acceptsRelativeLocation() {
    rule.given(request("POST", "/orders").respond(201).header("location", "/orders/42")).expectClean();
  }

  @Test
  void ignoresOtherSuccessCodes() {
    rule.given(request("POST", "/orders").respond(200).json("{\"id\":42}")).expectClean();
    rule.given(request("POST", "/jobs").respond(202)).expectClean();
  }
}
