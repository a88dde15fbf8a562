package io.statuslint.rules.choice;

import io.statuslint.detect.IntentClassifier;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;

/**
 * A 5xx whose message blames the caller. The guide splits 4xx (the caller's mistake: retrying
 * unchanged cannot help) from 5xx (ours: retry later, and page whoever is on call); a validation
 * error sent as a 500 gets retried, pages the wrong people and hides what the caller must fix.
 */
@RuleInfo(
    id = "client-error-as-server-error",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A 5xx response whose message blames the caller (validation, missing field, not found, unauthenticated).",
    guide = "Using them well: 4xx for the caller's mistakes, 5xx for ours",
    rfc = "RFC 9110 §15.5, §15.6",
    statuses = {500, 501, 502, 503, 504, 505, 506, 507, 508, 510})
public final class ClientErrorAsServerError extends CodeChoiceRule {

  public ClientErrorAsServerError() {
    this(IntentClassifier.defaults());
  }

  public ClientErrorAsServerError(IntentClassifier classifier) {
    super(CodeChoice.Defect.CLIENT_ERROR_AS_SERVER_ERROR, classifier);
  }

  @Override
  String message(int status, CodeChoice.Verdict v) {
    return status + " response blames the caller (" + says(v.intent())
        + "): a caller's mistake is a 4xx, which tells clients not to retry it unchanged";
  }

  @Override
  String advice(CodeChoice.Verdict v) {
    return ", the 4xx that matches the message, and keep 5xx for the server's own faults";
  }
}
