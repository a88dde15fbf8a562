package io.statuslint.rules.headers;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A Retry-After a client cannot parse is as good as none (RFC 9110 §10.2.3: delay-seconds or an
 * HTTP-date as §5.6.7 defines it). Checked on any status that carries the header; the grammar lives
 * in {@link RetryAfterValues}.
 */
@RuleInfo(
    id = "retry-after-invalid",
    severity = Severity.ERROR,
    on = Surface.TRAFFIC,
    summary = "Retry-After is neither a non-negative number of seconds nor an HTTP-date.",
    guide = "Using them well",
    rfc = "RFC 9110 §10.2.3")
public final class InvalidRetryAfter implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    String value = response.headerValue("Retry-After");
    if (value == null || RetryAfterValues.isValid(value)) {
      return;
    }
    findings.report(
        "Retry-After is neither a number of seconds nor an HTTP-date: clients cannot tell when to retry",
        Suggestion.text("send Retry-After: <seconds> (e.g. 120) or an IMF-fixdate such as"
            + " Retry-After: Sun, 06 Nov 1994 08:49:37 GMT"),
        "Retry-After: " + value);
  }
}
