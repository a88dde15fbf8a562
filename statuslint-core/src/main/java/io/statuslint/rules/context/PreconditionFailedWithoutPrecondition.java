package io.statuslint.rules.context;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.List;

/**
 * 412 says a precondition the request stated did not hold (RFC 9110 §15.5.13, §13.1); without one
 * the client cannot tell what to change. A server that demands a precondition has 428 for that
 * (RFC 6585 §3). WebDAV's {@code If} (RFC 4918 §10.4) is a precondition too.
 */
@RuleInfo(
    id = "precondition-failed-unconditional",
    severity = Severity.WARNING,
    on = Surface.TRAFFIC,
    summary = "412 Precondition Failed answers a request without any precondition header.",
    guide = "4xx — Client error: 412 Precondition Failed, 428 Precondition Required",
    rfc = "RFC 9110 §15.5.13",
    statuses = 412)
public final class PreconditionFailedWithoutPrecondition implements Rule {

  private static final List<String> PRECONDITIONS =
      List.of("If-Match", "If-None-Match", "If-Unmodified-Since", "If-Modified-Since", "If");

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (response.status() != 412 || !RequestHeaders.knownToLackAll(response, PRECONDITIONS)) {
      return;
    }
    findings.report(
        "412 Precondition Failed answers a request that carried no precondition ("
            + RequestHeaders.either(PRECONDITIONS) + "), so the client cannot tell which condition failed",
        Suggestion.code(428, "answer 428 Precondition Required if the request must be conditional, or the"
            + " 4xx that names the real problem"));
  }
}
