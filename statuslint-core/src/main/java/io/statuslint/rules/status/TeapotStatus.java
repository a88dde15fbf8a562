package io.statuslint.rules.status;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * 418 comes from an April Fools' protocol; RFC 9110 §15.5.19 keeps it reserved and unused, and the
 * guide rules it out of real APIs. Often used to brush off bots, where 403 or 429 says it plainly.
 */
@RuleInfo(
    id = "status-teapot",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "418 (I'm a Teapot) is used.",
    guide = "4xx — Client error: 418 I'm a Teapot",
    rfc = "RFC 9110 §15.5.19",
    statuses = 418)
public final class TeapotStatus implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (response.status() != 418) {
      return;
    }
    findings.report(
        "418 (I'm a Teapot) is a joke code reserved as unused, so clients can only read it as a generic 4xx",
        Suggestion.code(400, "send the 4xx that says what went wrong: 400 Bad Request, 403 Forbidden to refuse"
            + " the caller, or 429 Too Many Requests to throttle it"),
        null);
  }
}
