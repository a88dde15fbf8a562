package io.statuslint.rules.spec;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A request body can be malformed (400, RFC 9110 §15.5.1) or fail validation (422, §15.5.21; the
 * guide's usual choice for a well-formed body that breaks the rules). An operation that takes one
 * should say which.
 */
@RuleInfo(
    id = "request-body-validation-response",
    severity = Severity.INFO,
    on = Surface.SPEC,
    summary = "An operation with a request body declares neither 400, 422 nor 4XX.",
    guide = "4xx — Client error: 422 Unprocessable Content",
    rfc = "RFC 9110 §15.5.21")
public final class RequestBodyValidationResponse implements OperationRule {

  @Override
  public void checkOperation(OperationView operation, FindingSink findings) {
    if (!operation.declaresResponses() || !operation.requestBody().isPresent()) {
      return;
    }
    DeclaredStatuses declared = DeclaredStatuses.of(operation);
    if (declared.has(400) || declared.has(422) || declared.hasRange(4)) {
      return;
    }
    findings.report("takes a request body but declares neither 400 nor 422 for a body that is malformed or invalid",
        Suggestion.code(422, "declare 422 for a well-formed body that fails validation (and 400 for a malformed one)"));
  }
}
