package io.statuslint.rules.spec;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * Every operation can fail on the caller's side; a spec that declares no 4xx, 4XX or default leaves
 * generated clients without a shape for the error (guide, "4xx — Client error").
 */
@RuleInfo(
    id = "operation-error-responses",
    severity = Severity.WARNING,
    on = Surface.SPEC,
    summary = "An operation declares no error response (4xx, 4XX or default).",
    guide = "4xx — Client error",
    rfc = "RFC 9110 §15.5")
public final class OperationErrorResponses implements OperationRule {

  @Override
  public void checkOperation(OperationView operation, FindingSink findings) {
    if (!operation.declaresResponses()) {
      return; // reported once, as operation-success-response
    }
    DeclaredStatuses declared = DeclaredStatuses.of(operation);
    if (declared.hasClass(4) || declared.hasDefault()) {
      return;
    }
    findings.report("declares no error response (4xx, 4XX or default): clients do not know what a failure returns",
        Suggestion.text("declare the errors the operation can give (e.g. 400, 404) with a Problem Details body"));
  }
}
