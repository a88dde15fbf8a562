package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * GET with an Accept nothing satisfies. The server may answer 406 or ignore Accept and send its
 * default representation (RFC 9110 §12.5.1); only a 5xx is wrong: negotiation is not a server fault.
 */
@RuleInfo(
    id = "probe-not-acceptable",
    severity = Severity.INFO,
    on = Surface.TRAFFIC,
    summary = "An Accept that nothing satisfies is answered with a 5xx.",
    guide = "4xx — Client error: 406 Not Acceptable",
    rfc = "RFC 9110 §12.5.1, §15.5.7")
public final class NotAcceptableProbe implements Experiment {

  static final String UNSATISFIABLE = "application/x-statuslint-unacceptable";

  @Override
  public int maxRequests(boolean unsafe) {
    return 1;
  }

  @Override
  public void run(Trial trial) {
    Sent base = trial.baseline();
    if (base == null || !base.is2xx()) {
      return;
    }
    Sent s = trial.send(Ask.get(trial.url(), "probe-not-acceptable: Accept that nothing satisfies")
        .with("Accept", UNSATISFIABLE));
    if (Answers.unjudgeable(s) || !Answers.serverError(s.status())) {
      return;
    }
    trial.expectationFailed(s, "GET with Accept: " + UNSATISFIABLE + " was answered " + Answers.status(s)
        + ": a representation the client cannot take is no server fault",
        Suggestion.code(406, "answer 406 Not Acceptable, or ignore Accept and send the default representation"),
        "client-error-as-server-error");
  }
}
