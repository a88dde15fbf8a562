package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A 503 should say how long the outage is expected to last (RFC 9110 §15.6.4; guide, "Using them
 * well" and 5xx table). The guide asks for it only where the server can know, hence a warning.
 */
@RuleInfo(
    id = "unavailable-retry-after",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "503 Service Unavailable without a Retry-After header.",
    guide = "Using them well; 5xx — Server error: 503 Service Unavailable",
    rfc = "RFC 9110 §15.6.4",
    statuses = 503)
public final class UnavailableNeedsRetryAfter extends MissingHeaderRule {

  public UnavailableNeedsRetryAfter() {
    super("Retry-After");
  }

  @Override
  protected String message(ResponseView response) {
    return "503 Service Unavailable without a Retry-After header: clients must guess when to retry";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Retry-After with the expected delay in seconds, or the HTTP-date"
        + " the service should be back");
  }
}
