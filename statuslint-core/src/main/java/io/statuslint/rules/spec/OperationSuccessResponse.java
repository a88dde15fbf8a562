package io.statuslint.rules.spec;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * An operation must say what success looks like: clients are generated from the spec, and without
 * a 2xx, 3xx or 101 they have no typed result to return (guide, "The five classes").
 */
@RuleInfo(
    id = "operation-success-response",
    severity = Severity.WARNING,
    on = Surface.SPEC,
    summary = "An operation declares no success response (2xx, 3xx, 2XX, 3XX or 101).",
    guide = "The five classes",
    rfc = "RFC 9110 §15.3")
public final class OperationSuccessResponse implements OperationRule {

  @Override
  public void checkOperation(OperationView operation, FindingSink findings) {
    if (!operation.declaresResponses()) {
      findings.report("declares no responses at all, so no success response either",
          Suggestion.text("add a responses map with the success code (e.g. 200 with its content)"));
      return;
    }
    DeclaredStatuses declared = DeclaredStatuses.of(operation);
    if (declared.hasClass(2) || declared.hasClass(3) || declared.has(101)) {
      return;
    }
    String why = declared.hasDefault()
        ? "declares no success response, only default: a client cannot tell which code means success"
        : "declares no success response (2xx, 3xx or 101): a client cannot tell what a successful call returns";
    findings.report(why, Suggestion.text("declare the success code (e.g. 200, 201 or 204) and what it returns"));
  }
}
