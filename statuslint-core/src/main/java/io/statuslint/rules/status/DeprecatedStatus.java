package io.statuslint.rules.status;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * Codes the registry still lists but nobody may rely on: 305 (deprecated, RFC 9110 §15.4.6), 306
 * (reserved, §15.4.7) and 510 (obsoleted with the HTTP extension framework of RFC 2774).
 */
@RuleInfo(
    id = "status-deprecated",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "305 Use Proxy, 306 (Unused) or 510 Not Extended is used.",
    guide = "Using them well (Avoid: non-standard codes)",
    rfc = "RFC 9110 §15.4.6, §15.4.7; RFC 2774 §7",
    statuses = {305, 306, 510})
public final class DeprecatedStatus implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    switch (response.status()) {
      case 305:
        findings.report(
            "305 Use Proxy is deprecated: clients ignore it because it let a response redirect them through"
                + " any proxy",
            Suggestion.text("configure proxies on the client side; if the resource moved, redirect with 307"
                + " or 308"));
        break;
      case 306:
        findings.report(
            "306 is reserved and unused: it has had no meaning since an early HTTP draft",
            Suggestion.text("send the registered code that says what happened"));
        break;
      case 510:
        findings.report(
            "510 Not Extended is obsolete: the HTTP extension framework it belonged to was retired",
            Suggestion.text("use 400 Bad Request when the request lacks something the client can add, or"
                + " 501 Not Implemented when the server cannot do what was asked"));
        break;
      default:
        break;
    }
  }
}
