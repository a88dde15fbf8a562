package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * HEAD beside GET: the same answer without the content (RFC 9110 §9.3.2), which caches, link
 * checkers and download managers rely on. Content on the HEAD answer is {@code head-response-body}.
 */
@RuleInfo(
    id = "probe-head",
    severity = Severity.WARNING,
    on = Surface.TRAFFIC,
    summary = "HEAD is answered with another status than GET on the same URL.",
    rfc = "RFC 9110 §9.3.2")
public final class HeadProbe implements Experiment {

  @Override
  public int maxRequests(boolean unsafe) {
    return 1;
  }

  @Override
  public void run(Trial trial) {
    Sent base = trial.baseline();
    if (Answers.unjudgeable(base)) {
      return;
    }
    Sent head = trial.send(Ask.of("HEAD", trial.url(), "probe-head: HEAD beside GET"));
    if (Answers.unjudgeable(head) || head.status() == base.status()) {
      return;
    }
    trial.expectationFailed(head, "HEAD " + trial.endpoint().path() + " was answered " + Answers.status(head)
        + " where GET was answered " + Answers.status(base) + ": HEAD must give GET's answer without the content",
        Suggestion.code(base.status(), "answer HEAD as GET, without the body (most frameworks derive it from GET)"));
  }
}
