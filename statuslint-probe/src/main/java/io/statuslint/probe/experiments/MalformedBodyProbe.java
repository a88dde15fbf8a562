package io.statuslint.probe.experiments;

import io.statuslint.probe.http.RequestBody;
import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * Syntactically broken JSON to a method that takes content. 400 (or 422) tells the caller to fix
 * the request; a 5xx blames the server for the caller's mistake and is reported as
 * {@code client-error-as-server-error}. Needs the user's opt-in: the request may change state.
 */
@RuleInfo(
    id = "probe-malformed-body",
    severity = Severity.WARNING,
    on = Surface.TRAFFIC,
    summary = "Syntactically broken JSON is not answered 400 (or 422).",
    guide = "4xx — Client error: 400 Bad Request; Using them well",
    rfc = "RFC 9110 §15.5.1")
public final class MalformedBodyProbe extends BodyExperiment {

  static final String BROKEN_JSON = "{\"statuslint\": \"probe\", \"unterminated\": [1, 2,";

  @Override
  protected void send(Trial trial, String method) {
    Sent s = trial.send(Ask.of(method, trial.url(), "probe-malformed-body: syntactically broken JSON")
        .withBody(RequestBody.of("application/json", BROKEN_JSON), false));
    if (Answers.unjudgeable(s)) {
      return;
    }
    int c = s.status();
    Suggestion fix = Suggestion.code(400, "answer 400 Bad Request (a Problem Details body can say where the JSON breaks)");
    String sent = method + " " + trial.endpoint().path() + " with broken JSON";
    if (Answers.serverError(c)) {
      trial.reportAs("client-error-as-server-error", s, sent + " was answered " + Answers.status(s)
          + ": unparseable content is the caller's mistake, and a 5xx invites a retry that will fail again", fix);
    } else if (Answers.success(c)) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s)
          + ": the server accepted content it cannot have parsed", fix, "success-with-error-body");
    }
  }
}
