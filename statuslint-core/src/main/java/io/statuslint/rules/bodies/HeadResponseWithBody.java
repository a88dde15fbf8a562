package io.statuslint.rules.bodies;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * The answer to HEAD is the GET answer without its content (RFC 9110 §9.3.2): its Content-Length
 * describes the content a GET would get, and any bytes sent would corrupt the connection. Any code
 * can answer HEAD, so there is no status filter.
 */
@RuleInfo(
    id = "head-response-body",
    severity = Severity.ERROR,
    on = Surface.TRAFFIC,
    summary = "A response to HEAD carries body bytes.",
    rfc = "RFC 9110 §9.3.2",
    // A HEAD answered 204/205/304 with bytes is one defect, and "HEAD" is its more specific name.
    supersedes = {"no-content-body", "not-modified-body"})
public final class HeadResponseWithBody implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (!"HEAD".equals(response.method()) || !ForbiddenContent.isKnownPresent(response)) {
      return;
    }
    findings.report(
        "the " + response.status() + " response to HEAD " + ForbiddenContent.describe(response)
            + ", but an answer to HEAD must not have content",
        Suggestion.text("send the same header fields as for GET, without the body"),
        ForbiddenContent.quote(response));
  }
}
