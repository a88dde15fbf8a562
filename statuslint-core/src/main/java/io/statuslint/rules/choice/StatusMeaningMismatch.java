package io.statuslint.rules.choice;

import io.statuslint.detect.IntentClassifier;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;

/**
 * The message contradicts the code within its class: a 403 that says the caller is not signed in
 * (401), a 401 about missing permission (403), a 500 "not implemented" (501), a 503 or 403 that is a
 * rate limit (429), a 404 "method not allowed" (405), a 405 "invalid input" (400/422). Clients, SDKs
 * and proxies act on the code, so they do the wrong thing: re-prompt for a login that would not help,
 * or stop retrying what would succeed after a wait. 2xx responses are not judged here
 * (success-with-error-body covers them), nor 400s (unspecific-client-error).
 */
@RuleInfo(
    id = "status-meaning-mismatch",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "The message or spec description contradicts the status code (403 'not authenticated', 500 'not implemented'...).",
    guide = "4xx — Client error; 5xx — Server error",
    rfc = "RFC 9110 §15.5.2, §15.5.4, §15.5.6, §15.6.2; RFC 6585 §4",
    statuses = {401, 403, 404, 405, 500, 503})
public final class StatusMeaningMismatch extends CodeChoiceRule {

  public StatusMeaningMismatch() {
    this(IntentClassifier.defaults());
  }

  public StatusMeaningMismatch(IntentClassifier classifier) {
    super(CodeChoice.Defect.STATUS_MEANING_MISMATCH, classifier);
  }

  @Override
  String message(int status, CodeChoice.Verdict v) {
    return status + " contradicts its message, which says " + says(v.intent())
        + "; that is what " + v.suggestedCode() + " means";
  }
}
