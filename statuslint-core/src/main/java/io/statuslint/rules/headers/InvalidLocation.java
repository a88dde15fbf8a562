package io.statuslint.rules.headers;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * Location must be a URI-reference (RFC 9110 §10.2.2, RFC 3986 §4.1); relative references are
 * valid. Recipients may try to repair a broken one, but nothing obliges them to, so clients differ.
 * Checked on any status that carries the header; the grammar lives in {@link UriReferences}.
 */
@RuleInfo(
    id = "location-invalid",
    severity = Severity.ERROR,
    on = Surface.TRAFFIC,
    summary = "Location is not a valid URI reference (RFC 3986).",
    guide = "2xx — Success: 201 Created; 3xx — Redirection",
    rfc = "RFC 9110 §10.2.2")
public final class InvalidLocation implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    String value = response.headerValue("Location");
    if (value == null || UriReferences.isValid(value)) {
      return;
    }
    findings.report(
        "Location is not a valid URI reference: clients may fail to follow it, or each repair it differently",
        Suggestion.text("percent-encode spaces, non-ASCII and other characters URIs do not allow"
            + " (e.g. a space as %20)"),
        "Location: " + value);
  }
}
