package io.statuslint.rules.status;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * For historical reasons a user agent may follow a 301 or 302 to a POST with a GET, dropping the
 * body (RFC 9110 §15.4.2, §15.4.3). 307 and 308 keep the method; 303 asks for the GET on purpose.
 * Other methods are left alone: user agents rewrite only POST.
 */
@RuleInfo(
    id = "redirect-method-ambiguous",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "301 or 302 answers a POST, so the client may repeat it as a GET.",
    guide = "3xx — Redirection: 301, 302, 307, 308",
    rfc = "RFC 9110 §15.4.2, §15.4.3",
    statuses = {301, 302})
public final class AmbiguousPostRedirect implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    int code = response.status();
    if ((code != 301 && code != 302) || !"POST".equals(response.method())) {
      return;
    }
    boolean permanent = code == 301;
    String label = permanent ? "301 Moved Permanently" : "302 Found";
    int keepsMethod = permanent ? 308 : 307;
    String keepsLabel = permanent ? "308 Permanent Redirect" : "307 Temporary Redirect";
    findings.report(
        label + " answers a POST, so user agents may repeat the request as a GET without its body",
        Suggestion.code(keepsMethod, "use " + keepsLabel + " to keep the method and body, or 303 See Other"
            + " to send the client to GET a result"));
  }
}
