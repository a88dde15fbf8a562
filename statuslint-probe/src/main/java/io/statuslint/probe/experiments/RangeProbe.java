package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code Range: bytes=0-0} on a non-empty representation: 206 if ranges are supported, 200 if they
 * are ignored (RFC 9110 §14.2 allows that). Only a server that answered 206 is then asked for a
 * range past the end, which must be 416.
 */
@RuleInfo(
    id = "probe-range",
    severity = Severity.INFO,
    on = Surface.TRAFFIC,
    summary = "A byte range is answered with neither 206 nor 200, or a range past the end is not 416.",
    guide = "2xx — Success: 206 Partial Content; 4xx — Client error: 416 Range Not Satisfiable",
    rfc = "RFC 9110 §14.2, §15.3.7, §15.5.17")
public final class RangeProbe implements Experiment {

  private static final Pattern COMPLETE_LENGTH = Pattern.compile("(?i)^\\s*bytes\\s+\\d+-\\d+/(\\d+)\\s*$");

  @Override
  public int maxRequests(boolean unsafe) {
    return 2;
  }

  @Override
  public void run(Trial trial) {
    Sent base = trial.baseline();
    if (base == null || base.status() != 200 || !base.response().body().hasBytes()) {
      return;
    }
    Sent first = trial.send(Ask.get(trial.url(), "probe-range: the first byte").with("Range", "bytes=0-0"));
    if (Answers.unjudgeable(first) || Answers.aboutAccess(first.status()) || first.status() == 200) {
      return;
    }
    if (first.status() != 206) {
      trial.expectationFailed(first, "GET with Range: bytes=0-0 on a non-empty representation was answered "
          + Answers.status(first) + " where 206 Partial Content (or 200, ignoring the range) was expected",
          Suggestion.code(206, "answer 206 with the first byte and Content-Range, or ignore Range and answer 200"),
          "client-error-as-server-error");
      return;
    }
    String range = first.header("Content-Range");
    Matcher m = range == null ? null : COMPLETE_LENGTH.matcher(range);
    if (m == null || !m.matches()) {
      return;
    }
    String length = m.group(1);
    Sent past = trial.send(Ask.get(trial.url(), "probe-range: a range past the end")
        .with("Range", "bytes=" + length + "-"));
    if (Answers.unjudgeable(past) || Answers.aboutAccess(past.status()) || past.status() == 416) {
      return;
    }
    trial.expectationFailed(past, "GET with Range: bytes=" + length + "- (past the end of the " + length
        + "-byte representation) was answered " + Answers.status(past)
        + ", though the server supports ranges: 416 Range Not Satisfiable was expected",
        Suggestion.code(416, "answer 416 with Content-Range: bytes */" + length));
  }
}
