package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.concurrent.ThreadLocalRandom;

/**
 * GET on a path nobody defined. A 2xx there is a soft 404: clients, crawlers and monitors believe a
 * resource exists. Redirects and 401/403 are fine (a gateway may ask for credentials first).
 */
@RuleInfo(
    id = "probe-unknown-path",
    severity = Severity.WARNING,
    on = Surface.TRAFFIC,
    summary = "GET on a random path under the base is not answered 404 or 410.",
    guide = "4xx — Client error: 404 Not Found, 410 Gone",
    rfc = "RFC 9110 §15.5.5")
public final class UnknownPathProbe implements Experiment {

  @Override
  public boolean perTarget() {
    return true;
  }

  @Override
  public int maxRequests(boolean unsafe) {
    return 1;
  }

  @Override
  public void run(Trial trial) {
    String base = trial.basePath().endsWith("/") ? trial.basePath() : trial.basePath() + "/";
    String path = base + "statuslint-no-such-path-" + Long.toHexString(ThreadLocalRandom.current().nextLong() >>> 4);
    Sent s = trial.send(Ask.get(trial.url(path), "probe-unknown-path: GET on a path that names nothing"));
    if (Answers.unjudgeable(s)) {
      return;
    }
    int c = s.status();
    if (c == 404 || c == 410 || Answers.redirect(c) || Answers.aboutAccess(c)) {
      return;
    }
    Suggestion fix = Suggestion.code(404, "answer 404 Not Found (or 410 Gone) for a path that names no resource");
    if (Answers.success(c)) {
      trial.expectationFailed(s, "GET on a made-up path was answered " + Answers.status(s)
          + ": a soft 404 tells clients, caches and monitors that a resource exists there", fix,
          "success-with-error-body");
    } else if (Answers.serverError(c)) {
      trial.expectationFailed(s, "GET on a made-up path was answered " + Answers.status(s)
          + ": a path that names nothing is the caller's mistake, not a server fault", fix,
          "client-error-as-server-error");
    } else {
      trial.expectationFailed(s, "GET on a made-up path was answered " + Answers.status(s)
          + " where 404 Not Found was expected", fix, "status-meaning-mismatch", "unspecific-client-error");
    }
  }
}
