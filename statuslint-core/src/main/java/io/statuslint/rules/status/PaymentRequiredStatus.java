package io.statuslint.rules.status;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * RFC 9110 §15.5.3 reserves 402 for future use; the guide allows it in payment flows only. Whether
 * this is one is a reviewer's call, hence an info finding.
 */
@RuleInfo(
    id = "status-payment-required",
    severity = Severity.INFO,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "402 Payment Required is used.",
    guide = "4xx — Client error: 402 Payment Required",
    rfc = "RFC 9110 §15.5.3",
    statuses = 402)
public final class PaymentRequiredStatus implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (response.status() != 402) {
      return;
    }
    findings.report(
        "402 Payment Required is reserved and has no agreed meaning outside payment flows",
        Suggestion.text("keep 402 only where paying is what the caller must do; otherwise use 403 Forbidden"
            + " for a missing entitlement or 429 Too Many Requests for an exhausted quota"));
  }
}
