package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.probe.http.TransportFailure;
import io.statuslint.rule.Suggestion;

/** The shared judgment of the size-limit experiments: the limit's own code or 400, nothing else. */
final class Limits {

  private Limits() {}

  static void judge(Trial trial, Sent s, String what, int code, String advice) {
    Suggestion fix = Suggestion.code(code, advice);
    String sent = "GET " + trial.endpoint().path() + " with " + what;
    if (!s.hasResponse()) {
      TransportFailure f = s.failure();
      if (f != null && (f.kind() == TransportFailure.Kind.CLOSED || f.kind() == TransportFailure.Kind.TIMEOUT)) {
        trial.expectationFailed(s, sent + " got no answer (" + f.message() + "): " + code
            + " would tell the client what to fix", fix);
      }
      return;
    }
    if (Answers.unjudgeable(s)) {
      return;
    }
    int c = s.status();
    if (Answers.success(c)) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s) + ": no limit stopped it", fix);
    } else if (Answers.serverError(c)) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s)
          + ": an over-long request is the caller's mistake, and a " + code + " says so", fix,
          "client-error-as-server-error");
    }
  }
}
