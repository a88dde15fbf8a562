package io.statuslint.rules.spec;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A secured operation answers a caller without valid credentials with 401 (RFC 9110 §15.5.2; guide,
 * "4xx — Client error"). Clients generated from a spec that omits it have no branch for "sign in again".
 */
@RuleInfo(
    id = "secured-operation-401",
    severity = Severity.WARNING,
    on = Surface.SPEC,
    summary = "A secured operation declares neither 401 nor 4XX.",
    guide = "4xx — Client error: 401 Unauthorized",
    rfc = "RFC 9110 §15.5.2")
public final class SecuredOperation401 implements OperationRule {

  @Override
  public void checkOperation(OperationView operation, FindingSink findings) {
    if (!operation.declaresResponses()) {
      return;
    }
    List<List<String>> security = operation.security();
    if (security.isEmpty()) {
      return;
    }
    Set<String> schemes = new LinkedHashSet<>();
    for (List<String> alternative : security) {
      if (alternative.isEmpty()) {
        return; // {} allows anonymous calls: a 401 is not certain
      }
      schemes.addAll(alternative);
    }
    DeclaredStatuses declared = DeclaredStatuses.of(operation);
    if (declared.has(401) || declared.hasRange(4)) {
      return;
    }
    findings.report("requires authentication (" + String.join(", ", schemes)
            + ") but declares no 401 for calls without valid credentials",
        Suggestion.code(401, "declare 401 Unauthorized (with WWW-Authenticate) for missing or invalid credentials"));
  }
}
