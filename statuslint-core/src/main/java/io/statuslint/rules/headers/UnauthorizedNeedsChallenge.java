package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A 401 must carry at least one challenge saying how to authenticate (RFC 9110 §15.5.2 MUST,
 * §11.6.1; guide, 4xx table).
 */
@RuleInfo(
    id = "unauthorized-challenge",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "401 Unauthorized without a WWW-Authenticate header.",
    guide = "4xx — Client error: 401 Unauthorized",
    rfc = "RFC 9110 §15.5.2",
    statuses = 401)
public final class UnauthorizedNeedsChallenge extends MissingHeaderRule {

  public UnauthorizedNeedsChallenge() {
    super("WWW-Authenticate");
  }

  @Override
  protected String message(ResponseView response) {
    return "401 Unauthorized without a WWW-Authenticate header: the client is not told how to authenticate";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add WWW-Authenticate with a challenge,"
        + " e.g. WWW-Authenticate: Bearer realm=\"api\"");
  }
}
