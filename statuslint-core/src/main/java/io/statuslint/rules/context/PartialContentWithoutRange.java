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
 * 206 answers a range request (RFC 9110 §15.3.7, §14.2). A client that asked for the whole
 * representation and gets a part of it may take the part for the whole.
 */
@RuleInfo(
    id = "partial-content-unrequested",
    severity = Severity.ERROR,
    on = Surface.TRAFFIC,
    summary = "206 Partial Content answers a request without Range.",
    guide = "2xx — Success: 206 Partial Content",
    rfc = "RFC 9110 §15.3.7",
    statuses = 206)
public final class PartialContentWithoutRange implements Rule {

  private static final List<String> RANGE = List.of("Range");

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (response.status() != 206 || !RequestHeaders.knownToLackAll(response, RANGE)) {
      return;
    }
    findings.report(
        "206 Partial Content answers a request without a Range header, which asked for the whole"
            + " representation",
        Suggestion.code(200, "send the full representation with 200 OK unless the request carries Range"));
  }
}
