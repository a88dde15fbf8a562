package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ProtocolSwitchNeedsUpgradeTest {

  private final RuleTester rule = RuleTester.of(new ProtocolSwitchNeedsUpgrade());

  @Test
  void flagsSwitchingProtocolsWithoutUpgrade() {
    rule.given(get("/ws").header("Upgrade", "websocket").respond(101).header("Connection", "Upgrade"))
        .expectFinding("101", "Upgrade");
  }

  @Test
  void flagsUpgradeRequiredWithoutUpgrade() {
    rule.given(get("/api").respond(426)).expectFinding("426", "Upgrade");
  }

  @Test
  void acceptsUpgrade() {
    rule.given(get("/ws").respond(101).header("upgrade", "websocket").header("Connection", "Upgrade"))
        .expectClean();
    rule.given(get("/api").respond(426).header("Upgrade", "TLS/1.2, HTTP/1.1")).expectClean();
  }

  @Test
  void ignoresOtherCodes() {
    rule.given(get("/ws").respond(200)).expectClean();
    rule.given(get("/ws").respond(400)).expectClean();
  }

  @Test
  void isTrafficOnly() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 101), "/ws").expectClean();
    rule.given(DeclaredResponse.of("POST", "/jobs", 426).onTraffic(), "/ws").expectFinding("426");
  }
}
