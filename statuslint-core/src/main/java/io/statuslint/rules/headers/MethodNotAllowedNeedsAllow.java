package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A 405 must list the methods the resource does support (RFC 9110 §15.5.6 MUST; guide, 4xx table).
 * An empty Allow is a valid answer (nothing is allowed, §10.2.1), so only a missing one fires.
 */
@RuleInfo(
    id = "method-not-allowed-allow",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "405 Method Not Allowed without an Allow header.",
    guide = "4xx — Client error: 405 Method Not Allowed",
    rfc = "RFC 9110 §15.5.6",
    statuses = 405)
public final class MethodNotAllowedNeedsAllow extends MissingHeaderRule {

  public MethodNotAllowedNeedsAllow() {
    super("Allow");
  }

  @Override
  protected String message(ResponseView response) {
    return "405 Method Not Allowed without an Allow header listing the methods the resource supports";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Allow with the supported methods, e.g. Allow: GET, HEAD");
  }
}
