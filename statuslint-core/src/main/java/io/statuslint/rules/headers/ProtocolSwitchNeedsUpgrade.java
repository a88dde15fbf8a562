package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * 101 Switching Protocols must name the protocol switched to (RFC 9110 §15.2.2), and 426 Upgrade
 * Required the protocols the client must use (§15.5.22); both MUST send Upgrade (§7.8). Traffic
 * only: a spec rarely describes a protocol switch.
 */
@RuleInfo(
    id = "upgrade-header",
    severity = Severity.ERROR,
    on = Surface.TRAFFIC,
    summary = "101 Switching Protocols or 426 Upgrade Required without an Upgrade header.",
    guide = "1xx — Informational: 101 Switching Protocols; 4xx — Client error: 426 Upgrade Required",
    rfc = "RFC 9110 §7.8",
    statuses = {101, 426})
public final class ProtocolSwitchNeedsUpgrade extends MissingHeaderRule {

  public ProtocolSwitchNeedsUpgrade() {
    super("Upgrade");
  }

  @Override
  protected String message(ResponseView response) {
    return response.status() == 101
        ? "101 Switching Protocols without an Upgrade header: the client is not told which protocol follows"
        : "426 Upgrade Required without an Upgrade header: the client is not told which protocol to use";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text(response.status() == 101
        ? "add Upgrade with the protocol switched to, e.g. Upgrade: websocket"
        : "add Upgrade with the required protocol(s), e.g. Upgrade: HTTP/2.0 (and Connection: Upgrade)");
  }
}
