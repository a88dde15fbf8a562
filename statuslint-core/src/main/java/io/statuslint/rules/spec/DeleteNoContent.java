package io.statuslint.rules.spec;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.List;

/**
 * A DELETE that returns nothing says so with 204 No Content (RFC 9110 §15.3.5; guide, "2xx —
 * Success"): a 200 promises a body, and clients then wait for one or try to parse an empty one.
 */
@RuleInfo(
    id = "delete-no-content",
    severity = Severity.INFO,
    on = Surface.SPEC,
    summary = "A DELETE whose only 2xx is a 200 with no content.",
    guide = "2xx — Success: 204 No Content",
    rfc = "RFC 9110 §15.3.5")
public final class DeleteNoContent implements OperationRule {

  @Override
  public void checkOperation(OperationView operation, FindingSink findings) {
    if (!"DELETE".equals(operation.method()) || !operation.declaresResponses()) {
      return;
    }
    DeclaredStatuses declared = DeclaredStatuses.of(operation);
    List<Integer> success = declared.codesOfClass(2);
    if (declared.hasRange(2) || success.size() != 1 || success.get(0) != 200) {
      return;
    }
    ResponseView ok = declared.response(200);
    if (ok != null && ok.content().isAbsent()) {
      findings.report("DELETE answers 200 with no content: 204 No Content says that without promising a body",
          Suggestion.code(204, "declare 204 No Content instead of an empty 200"));
    }
  }
}
