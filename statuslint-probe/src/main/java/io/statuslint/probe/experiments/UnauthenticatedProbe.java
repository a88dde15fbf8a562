package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * The GET that worked with the user's credentials, sent again without them. A caller who sent none
 * needs 401 with a challenge (a 401 without WWW-Authenticate is {@code unauthorized-challenge}), or
 * 404 where the API hides what exists. Without a spec, a 2xx is not flagged: the path may be public.
 */
@RuleInfo(
    id = "probe-unauthenticated",
    severity = Severity.WARNING,
    on = Surface.TRAFFIC,
    summary = "A secured operation called without credentials is not answered 401 (or 404).",
    guide = "4xx — Client error: 401 Unauthorized, 403 Forbidden, 404 Not Found",
    rfc = "RFC 9110 §15.5.2, §11.6.1")
public final class UnauthenticatedProbe implements Experiment {

  @Override
  public int maxRequests(boolean unsafe) {
    return 1;
  }

  @Override
  public void run(Trial trial) {
    Boolean secured = trial.endpoint().secured();
    Sent base = trial.baseline();
    if (!trial.hasCredentials() || Boolean.FALSE.equals(secured) || base == null || !base.is2xx()) {
      return;
    }
    Sent s = trial.send(Ask.get(trial.url(), "probe-unauthenticated: the same GET without credentials")
        .withoutCredentials());
    if (Answers.unjudgeable(s)) {
      return;
    }
    int c = s.status();
    Suggestion fix = Suggestion.code(401, "answer 401 Unauthorized with a WWW-Authenticate challenge (or 404 "
        + "where even the resource's existence is private)");
    String sent = "GET " + trial.endpoint().path() + " without credentials";
    if (c == 401 || c == 404 || Answers.redirect(c)) {
      return;
    }
    if (Answers.success(c)) {
      if (Boolean.TRUE.equals(secured)) {
        trial.expectationFailed(s, sent + " was answered " + Answers.status(s)
            + ", though the operation is declared secured: its security is not enforced", fix);
      }
    } else if (c == 403) {
      trial.expectationFailed(s, sent + " was answered 403: that says the caller is known but not allowed; "
          + "a caller who sent no credentials needs 401 and a challenge", fix, "status-meaning-mismatch");
    } else if (c == 400) {
      trial.expectationFailed(s, sent + " was answered 400: missing credentials are not a malformed request",
          fix, "status-meaning-mismatch", "unspecific-client-error");
    } else if (Answers.serverError(c)) {
      trial.expectationFailed(s, sent + " was answered " + Answers.status(s)
          + ": missing credentials are the caller's problem, not a server fault", fix, "client-error-as-server-error");
    }
  }
}
