package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A 202 should tell the client where to follow the work it accepted (RFC 9110 §15.3.3; guide, 2xx
 * table): a Location, Content-Location or Link header, or a URL in its JSON body.
 */
@RuleInfo(
    id = "accepted-status-monitor",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "202 Accepted gives no way to check progress: no Location, Content-Location, Link"
        + " or URL in the body.",
    guide = "2xx — Success: 202 Accepted",
    rfc = "RFC 9110 §15.3.3",
    statuses = 202)
public final class AcceptedNeedsStatusMonitor extends MissingHeaderRule {

  public AcceptedNeedsStatusMonitor() {
    super("Location", "Content-Location", "Link");
  }

  /** A URL in the body will do; a body that was not recorded might hold one, so it exempts too. */
  @Override
  protected boolean exempt(ResponseView response) {
    return JsonUrlMembers.in(response) != JsonUrlMembers.Presence.NONE;
  }

  @Override
  protected String message(ResponseView response) {
    return "202 Accepted without a Location, Content-Location or Link header or a URL in its body:"
        + " the client has no way to check on the accepted work";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Location with the URI of a status monitor (e.g. /jobs/42),"
        + " or a URL member such as \"status\": \"/jobs/42\" in the body");
  }
}
