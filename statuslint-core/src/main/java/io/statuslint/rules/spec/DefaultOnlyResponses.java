package io.statuslint.rules.spec;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * {@code default} alone says nothing about which codes the operation gives; the guide asks for the
 * most specific accurate code ("Using them well"), and a spec is where clients learn them.
 */
@RuleInfo(
    id = "default-only-responses",
    severity = Severity.WARNING,
    on = Surface.SPEC,
    summary = "default is the only response an operation declares: no specific status code at all.",
    guide = "Using them well",
    rfc = "RFC 9110 §15")
public final class DefaultOnlyResponses implements OperationRule {

  @Override
  public void checkOperation(OperationView operation, FindingSink findings) {
    if (!operation.declaresResponses() || operation.responses().size() != 1) {
      return;
    }
    if (operation.responses().get(0).statusText().equals("default")) {
      findings.report("default is the only response: no status code is declared, for success or for errors",
          Suggestion.text("declare the specific codes (e.g. 200 and 404) and keep default for the rest"));
    }
  }
}
