package io.statuslint.probe.experiments;

import io.statuslint.probe.http.RequestBody;
import io.statuslint.probe.http.Sent;
import io.statuslint.probe.http.TransportFailure;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * Valid JSON over the configured size, announced with {@code Expect: 100-continue} so the server can
 * refuse it unsent. The server should enforce a limit and say so with 413 — not accept it, fail,
 * hang, or drop the connection without a word. Needs the user's opt-in.
 */
@RuleInfo(
    id = "probe-oversized-body",
    severity = Severity.WARNING,
    on = Surface.TRAFFIC,
    summary = "A body over the configured size is not answered 413, or the connection hangs.",
    guide = "4xx — Client error: 413 Content Too Large",
    rfc = "RFC 9110 §15.5.14")
public final class OversizedBodyProbe extends BodyExperiment {

  @Override
  protected void send(Trial trial, String method) {
    long size = trial.oversizedBodyBytes();
    Sent s = trial.send(Ask.of(method, trial.url(), "probe-oversized-body: " + Answers.kib(size) + " of JSON")
        .withBody(RequestBody.jsonOfSize(size), true));
    String sent = method + " " + trial.endpoint().path() + " with " + Answers.kib(size) + " of JSON";
    Suggestion fix = Suggestion.code(413, "enforce a size limit and answer 413 Content Too Large (before reading "
        + "the body, when Content-Length already exceeds it)");
    if (!s.hasResponse()) {
      TransportFailure f = s.failure();
      if (f != null && (f.kind() == TransportFailure.Kind.TIMEOUT || f.kind() == TransportFailure.Kind.CLOSED)) {
        trial.expectationFailed(s, sent + " got no answer: " + f.message(), fix);
      }
      return;
    }
    if (Answers.unjudgeable(s)) {
      return;
    }
    int c = s.status();
    if (Answers.success(c)) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s) + ": no size limit stopped it", fix);
    } else if (c == 400 || c == 422) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s) + " where 413 was expected", fix,
          "unspecific-client-error");
    } else if (Answers.serverError(c)) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s)
          + ": an oversized body is the caller's mistake", fix, "client-error-as-server-error");
    }
  }
}
