package io.statuslint.rules.spec;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * 100 Continue and 102 Processing are interim responses that the HTTP stack sends (RFC 9110 §15.2.1;
 * RFC 2518 §10.1); an operation does not return them as its answer (guide, "1xx — Informational").
 * 101 (a protocol switch) and 103 (early hints) can belong in a spec and are left alone.
 */
@RuleInfo(
    id = "informational-by-hand",
    severity = Severity.WARNING,
    on = Surface.SPEC,
    summary = "An operation declares 100 or 102 as a response: the HTTP stack sends these.",
    guide = "1xx — Informational",
    rfc = "RFC 9110 §15.2",
    statuses = {100, 102})
public final class InformationalByHand implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    String name = response.status() == 100 ? "100 Continue" : "102 Processing";
    findings.report("declares " + name
            + " as a response: interim responses come from the HTTP stack, not the operation",
        Suggestion.text("remove the " + response.status() + " response; declare the final status instead"));
  }
}
