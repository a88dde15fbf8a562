package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A 407 must carry the proxy's challenge (RFC 9110 §15.5.8 MUST, §11.7.1; guide, 4xx table).
 */
@RuleInfo(
    id = "proxy-auth-challenge",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "407 Proxy Authentication Required without a Proxy-Authenticate header.",
    guide = "4xx — Client error: 407 Proxy Authentication Required",
    rfc = "RFC 9110 §15.5.8",
    statuses = 407)
public final class ProxyAuthNeedsChallenge extends MissingHeaderRule {

  public ProxyAuthNeedsChallenge() {
    super("Proxy-Authenticate");
  }

  @Override
  protected String message(ResponseView response) {
    return "407 Proxy Authentication Required without a Proxy-Authenticate header:"
        + " the client is not told how to authenticate with the proxy";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Proxy-Authenticate with the proxy's challenge,"
        + " e.g. Proxy-Authenticate: Basic realm=\"proxy\"");
  }
}
