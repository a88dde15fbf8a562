package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.Set;

/**
 * A method the path does not take, on a path GET just found. An unregistered method token is safe
 * to send and needs 405 (the path exists) or 501 (the method is unknown, RFC 9110 §9.1). With the
 * user's opt-in, DELETE is also sent to paths whose Allow shows they are read-only.
 */
@RuleInfo(
    id = "probe-wrong-method",
    severity = Severity.WARNING,
    on = Surface.TRAFFIC,
    summary = "A method the path does not take is not answered 405 with Allow (or 501 for an unknown method).",
    guide = "4xx — Client error: 405 Method Not Allowed",
    rfc = "RFC 9110 §15.5.6, §15.6.2")
public final class WrongMethodProbe implements Experiment {

  /** A valid method token (RFC 9110 §9.1) that no registry lists. */
  public static final String UNKNOWN_METHOD = "STATUSLINT-PROBE";

  private static final Set<String> WRITES = Set.of("DELETE", "PUT", "PATCH", "POST");

  @Override
  public int maxRequests(boolean unsafe) {
    return unsafe ? 2 : 1;
  }

  @Override
  public void run(Trial trial) {
    Sent base = trial.baseline();
    if (base == null || !base.is2xx()) {
      return;
    }
    Sent s = trial.send(Ask.of(UNKNOWN_METHOD, trial.url(), "probe-wrong-method: a method no registry lists"));
    judge(trial, s, UNKNOWN_METHOD, "an unregistered method");
    if (!trial.unsafe()) {
      return;
    }
    Set<String> allowed = trial.allowedMethods();
    if (allowed.isEmpty() || allowed.stream().anyMatch(WRITES::contains)) {
      return;
    }
    Sent d = trial.send(Ask.of("DELETE", trial.url(),
        "probe-wrong-method: DELETE on a path whose Allow is " + String.join(", ", allowed)));
    judge(trial, d, "DELETE", "a method its Allow (" + String.join(", ", allowed) + ") leaves out");
  }

  private static void judge(Trial trial, Sent s, String method, String what) {
    if (Answers.unjudgeable(s)) {
      return;
    }
    int c = s.status();
    if (c == 405 || c == 501 || Answers.aboutAccess(c)) {
      return;
    }
    Suggestion fix = Suggestion.code(405, "answer 405 Method Not Allowed with an Allow header listing the "
        + "methods the path takes (501 Not Implemented suits a method the server knows nowhere)");
    String sent = method + " " + trial.endpoint().path();
    if (Answers.success(c)) {
      trial.expectationFailed(s, sent + " (" + what + ") was answered " + Answers.status(s)
          + " as if it had worked", fix);
    } else if (c == 404) {
      trial.expectationFailed(s, sent + " (" + what + ") was answered 404, yet GET found the resource: 405 says "
          + "the path exists but not for this method", fix, "status-meaning-mismatch");
    } else if (Answers.serverError(c)) {
      trial.expectationFailed(s, sent + " (" + what + ") was answered " + Answers.status(s)
          + ": a method the path does not take is the caller's mistake", fix, "client-error-as-server-error");
    } else {
      trial.expectationFailed(s, sent + " (" + what + ") was answered " + Answers.status(s)
          + " where 405 with Allow, or 501, was expected", fix, "status-meaning-mismatch", "unspecific-client-error");
    }
  }
}
