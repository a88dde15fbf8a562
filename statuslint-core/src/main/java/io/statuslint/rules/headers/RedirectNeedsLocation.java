package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A redirect without a target cannot be followed (RFC 9110 §15.4.2–§15.4.4, §15.4.8, §15.4.9;
 * guide, 3xx table). 300 Multiple Choices is left alone: its Location is optional (§15.4.1).
 */
@RuleInfo(
    id = "redirect-location",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "301, 302, 303, 307 or 308 without a Location header.",
    guide = "3xx — Redirection",
    rfc = "RFC 9110 §15.4",
    statuses = {301, 302, 303, 307, 308})
public final class RedirectNeedsLocation extends MissingHeaderRule {

  public RedirectNeedsLocation() {
    super("Location");
  }

  @Override
  protected String message(ResponseView response) {
    return response.status() + " redirect without a Location header: the client has nowhere to go";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Location with the URI to redirect to");
  }
}
