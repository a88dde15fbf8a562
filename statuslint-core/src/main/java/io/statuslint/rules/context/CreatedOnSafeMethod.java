package io.statuslint.rules.context;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.Set;

/**
 * GET, HEAD and OPTIONS are safe (RFC 9110 §9.2.1): crawlers, prefetchers and retries send them
 * freely, so they must not create resources, and a 201 (§15.3.2) claims that one did.
 */
@RuleInfo(
    id = "created-on-safe-method",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "201 Created answers GET, HEAD or OPTIONS.",
    guide = "2xx — Success: 201 Created",
    rfc = "RFC 9110 §9.2.1, §15.3.2",
    statuses = 201)
public final class CreatedOnSafeMethod implements Rule {

  private static final Set<String> SAFE_READS = Set.of("GET", "HEAD", "OPTIONS");

  @Override
  public void check(ResponseView response, FindingSink findings) {
    String method = response.method();
    if (response.status() != 201 || method == null || !SAFE_READS.contains(method)) {
      return;
    }
    findings.report(
        "201 Created answers a " + method + " request, but " + method
            + " is a safe method and must not create a resource",
        Suggestion.code(200, "answer 200 OK, and create resources with POST or PUT"));
  }
}
