package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;

/**
 * 32 KiB+ of request header fields on a path that answers GET. A server should cap them and say 431
 * (RFC 6585 §5; 400 is acceptable); accepting them, a 5xx or a dropped connection is a finding.
 */
@RuleInfo(
    id = "probe-large-headers",
    severity = Severity.INFO,
    on = Surface.TRAFFIC,
    summary = "32 KiB or more of request headers are accepted, fail with a 5xx, or get no answer.",
    guide = "4xx — Client error: 431 Request Header Fields Too Large",
    rfc = "RFC 6585 §5")
public final class LargeHeadersProbe implements Experiment {

  static final int FIELDS = 4;
  static final int FIELD_BYTES = 8 * 1024 + 1;

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
    Ask ask = Ask.get(trial.url(), "probe-large-headers: more than 32 KiB of header fields");
    for (int i = 1; i <= FIELDS; i++) {
      ask = ask.with("X-Statuslint-Padding-" + i, "p".repeat(FIELD_BYTES));
    }
    Sent s = trial.send(ask);
    Limits.judge(trial, s, FIELDS + " header fields of " + FIELD_BYTES + " bytes each", 431,
        "answer 431 Request Header Fields Too Large (or 400) once the header section exceeds the limit");
  }
}
