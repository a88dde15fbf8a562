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
 * 304 is the answer to a conditional GET or HEAD whose condition held (RFC 9110 §15.4.5): a client
 * that sent no validator has no cached copy to fall back on and is left without content.
 */
@RuleInfo(
    id = "not-modified-unconditional",
    severity = Severity.ERROR,
    on = Surface.TRAFFIC,
    summary = "304 Not Modified answers a request without If-None-Match or If-Modified-Since.",
    guide = "3xx — Redirection: 304 Not Modified",
    rfc = "RFC 9110 §15.4.5",
    statuses = 304)
public final class NotModifiedWithoutCondition implements Rule {

  private static final List<String> VALIDATORS = List.of("If-None-Match", "If-Modified-Since");

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (response.status() != 304 || !RequestHeaders.knownToLackAll(response, VALIDATORS)) {
      return;
    }
    findings.report(
        "304 Not Modified answers a request without " + RequestHeaders.either(VALIDATORS)
            + ", so the client has no cached copy to reuse",
        Suggestion.code(200, "answer an unconditional request with 200 OK and the representation"));
  }
}
