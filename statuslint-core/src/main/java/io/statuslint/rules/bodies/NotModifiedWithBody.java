package io.statuslint.rules.bodies;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A 304 tells the client to reuse its cached copy and ends at the header section (RFC 9110 §15.4.5).
 * Its Content-Length may describe the cached representation, so only body bytes (or a spec's
 * declared content) count.
 */
@RuleInfo(
    id = "not-modified-body",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "304 Not Modified carries content.",
    guide = "3xx — Redirection: 304 Not Modified",
    rfc = "RFC 9110 §15.4.5",
    statuses = 304)
public final class NotModifiedWithBody implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (response.status() != 304 || !ForbiddenContent.isKnownPresent(response)) {
      return;
    }
    findings.report(
        "304 Not Modified " + ForbiddenContent.describe(response) + ", but a 304 response never has content",
        Suggestion.text("send the 304 with header fields only: the client already holds the representation"),
        ForbiddenContent.quote(response));
  }
}
