package io.statuslint.rules.choice;

import io.statuslint.detect.IntentClassifier;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;

/**
 * A 4xx whose message describes a server fault: a crash, a database or upstream that is down or
 * slow. The caller cannot fix that by changing the request, and monitoring that counts 5xx never
 * sees the outage.
 */
@RuleInfo(
    id = "server-error-as-client-error",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A 4xx response whose message describes a server fault (internal error, database or upstream down or timing out).",
    guide = "Using them well: 4xx for the caller's mistakes, 5xx for ours",
    rfc = "RFC 9110 §15.5, §15.6",
    statuses = {400, 401, 402, 403, 404, 405, 406, 407, 409, 410, 411, 412, 413, 414, 415, 416,
        417, 418, 421, 422, 423, 425, 426, 428, 429, 431, 451})
public final class ServerErrorAsClientError extends CodeChoiceRule {

  public ServerErrorAsClientError() {
    this(IntentClassifier.defaults());
  }

  public ServerErrorAsClientError(IntentClassifier classifier) {
    super(CodeChoice.Defect.SERVER_ERROR_AS_CLIENT_ERROR, classifier);
  }

  @Override
  String message(int status, CodeChoice.Verdict v) {
    return status + " response describes a server fault (" + says(v.intent())
        + "): the caller cannot fix that, and error monitoring that counts 5xx never sees it";
  }

  @Override
  String advice(CodeChoice.Verdict v) {
    return ", so clients may retry later and the fault is counted as ours";
  }
}
