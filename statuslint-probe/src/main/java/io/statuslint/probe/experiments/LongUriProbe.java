package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;

/**
 * A 16 KiB+ URI (a long query on a path that answers GET). A server should cap what it reads and say
 * 414 (400 is acceptable); accepting it, failing with a 5xx, or dropping the connection is a finding.
 */
@RuleInfo(
    id = "probe-long-uri",
    severity = Severity.INFO,
    on = Surface.TRAFFIC,
    summary = "A URI of 16 KiB or more is accepted, fails with a 5xx, or gets no answer.",
    guide = "4xx — Client error: 414 URI Too Long",
    rfc = "RFC 9110 §4.1, §15.5.15")
public final class LongUriProbe implements Experiment {

  static final int QUERY_BYTES = 16 * 1024;

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
    Sent base = trial.baseline();
    if (base == null || !base.is2xx()) {
      return;
    }
    String url = trial.url() + (trial.url().contains("?") ? "&" : "?") + "statuslint=" + "a".repeat(QUERY_BYTES);
    Sent s = trial.send(Ask.get(url, "probe-long-uri: a URI of more than 16 KiB"));
    Limits.judge(trial, s, "a URI of " + url.length() + " characters", 414,
        "answer 414 URI Too Long (or 400) once a URI exceeds what the server accepts");
  }
}
