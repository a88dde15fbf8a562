package io.statuslint.rules.choice;

import io.statuslint.detect.IntentClassifier;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;

/**
 * A 400 whose message fits a more specific code. The guide asks for the most specific accurate
 * code: a client can act on 409 (reload and retry), 413 (send less), 415 (change the media type),
 * 422 (fix the values), 429 (wait) or 404 without parsing prose. Syntax errors and missing fields
 * stay 400: that is what 400 is for.
 */
@RuleInfo(
    id = "unspecific-client-error",
    severity = Severity.INFO,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A 400 whose message fits a more specific code (409, 413, 415, 422, 429, 404).",
    guide = "Using them well: pick the most specific code that is accurate",
    rfc = "RFC 9110 §15.5.1",
    statuses = 400)
public final class UnspecificClientError extends CodeChoiceRule {

  public UnspecificClientError() {
    this(IntentClassifier.defaults());
  }

  public UnspecificClientError(IntentClassifier classifier) {
    super(CodeChoice.Defect.UNSPECIFIC_CLIENT_ERROR, classifier);
  }

  @Override
  String message(int status, CodeChoice.Verdict v) {
    return "400 where " + v.suggestedCode() + " fits: the message says " + says(v.intent());
  }

  @Override
  String advice(CodeChoice.Verdict v) {
    if (v.suggestedCode() == 404) {
      return " (or 422 when the missing thing was only referenced from the request body)";
    }
    return "";
  }
}
