package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A rate-limited client needs to know when to come back. RFC 6585 §4 makes Retry-After optional;
 * the guide ("Using them well", 4xx table: 429) requires it, hence an error.
 */
@RuleInfo(
    id = "rate-limit-retry-after",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "429 Too Many Requests without a Retry-After header.",
    guide = "Using them well; 4xx — Client error: 429 Too Many Requests",
    rfc = "RFC 6585 §4",
    statuses = 429)
public final class RateLimitNeedsRetryAfter extends MissingHeaderRule {

  public RateLimitNeedsRetryAfter() {
    super("Retry-After");
  }

  @Override
  protected String message(ResponseView response) {
    return "429 Too Many Requests without a Retry-After header: the client cannot tell when to retry"
        + " and may retry at once";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Retry-After: <seconds> (e.g. Retry-After: 30)");
  }
}
