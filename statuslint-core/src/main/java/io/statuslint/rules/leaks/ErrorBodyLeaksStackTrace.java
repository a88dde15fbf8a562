package io.statuslint.rules.leaks;

import io.statuslint.detect.Leak;
import io.statuslint.detect.LeakPatterns;
import io.statuslint.detect.ScanText;
import io.statuslint.detect.StackTraceDetector;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.Optional;

/**
 * An error body must not carry a stack trace or exception dump: it tells an attacker the stack,
 * libraries and code paths, and tells a client nothing it can act on (guide, "Using them well": never
 * leak internal detail; RFC 9457 §5).
 */
@RuleInfo(
    id = "leak-stack-trace",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    statusClasses = {4, 5},
    summary = "A 4xx/5xx body holds a stack trace or exception dump.",
    guide = "Using them well: never leak internal detail",
    rfc = "RFC 9457 §5",
    // The paths inside a trace's frames are part of the trace: one defect, one finding.
    supersedes = "leak-file-path")
public final class ErrorBodyLeaksStackTrace extends BodyLeakRule {

  private static final StackTraceDetector DETECTOR = new StackTraceDetector();

  /** With the built-in detector only. */
  public ErrorBodyLeaksStackTrace() {
    this(LeakPatterns.NONE);
  }

  /** With a project's own {@code patterns: leak.stack-trace} besides the built-in detector. */
  public ErrorBodyLeaksStackTrace(LeakPatterns configured) {
    super(configured);
  }

  @Override
  protected Optional<Leak> detect(ScanText body, ResponseView response) {
    return DETECTOR.find(body);
  }

  @Override
  protected Suggestion suggestion() {
    return Suggestion.text("log the exception on the server and return a Problem Details body with a generic "
        + "detail and a correlation id");
  }

  @Override
  protected String configuredKind() {
    return "stack trace matching a configured leak.stack-trace pattern";
  }
}
