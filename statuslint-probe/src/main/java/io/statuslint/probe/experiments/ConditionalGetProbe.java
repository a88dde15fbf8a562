package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * GET again with {@code If-None-Match} set to the ETag just received: the representation has not
 * changed, so 304 without content saves the transfer (RFC 9110 §13.1.2). A 200 carrying a different
 * ETag is not flagged: the resource may really have changed in between.
 */
@RuleInfo(
    id = "probe-conditional-get",
    severity = Severity.INFO,
    on = Surface.TRAFFIC,
    summary = "GET with If-None-Match of the ETag just received is not answered 304.",
    guide = "3xx — Redirection: 304 Not Modified",
    rfc = "RFC 9110 §13.1.2, §15.4.5")
public final class ConditionalGetProbe implements Experiment {

  @Override
  public int maxRequests(boolean unsafe) {
    return 1;
  }

  @Override
  public void run(Trial trial) {
    Sent base = trial.baseline();
    if (base == null || base.status() != 200) {
      return;
    }
    String etag = base.header("ETag");
    if (etag == null || etag.isBlank()) {
      return;
    }
    Sent s = trial.send(Ask.get(trial.url(), "probe-conditional-get: If-None-Match with the ETag just received")
        .with("If-None-Match", etag.trim()));
    if (Answers.unjudgeable(s) || Answers.aboutAccess(s.status()) || s.status() == 304) {
      return;
    }
    String again = s.header("ETag");
    if (Answers.success(s.status()) && again != null && !again.trim().equals(etag.trim())) {
      return;
    }
    trial.expectationFailed(s, "GET with If-None-Match: " + etag.trim() + " (the ETag of the answer before) was "
        + "answered " + Answers.status(s) + " where 304 Not Modified was expected",
        Suggestion.code(304, "answer 304 Not Modified, without content, when If-None-Match matches the current ETag"));
  }
}
