package io.statuslint.rules.leaks;

import io.statuslint.detect.FilePathDetector;
import io.statuslint.detect.Leak;
import io.statuslint.detect.LeakPatterns;
import io.statuslint.detect.ScanText;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.Optional;

/**
 * An error body must not carry a server file-system path: it reveals the deployment layout, user
 * names and framework versions (guide, "Using them well": never leak internal detail; RFC 9457 §5).
 * The request's own path, echoed back, is an API path and is left alone.
 */
@RuleInfo(
    id = "leak-file-path",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    statusClasses = {4, 5},
    summary = "A 4xx/5xx body holds a server file-system path.",
    guide = "Using them well: never leak internal detail",
    rfc = "RFC 9457 §5")
public final class ErrorBodyLeaksFilePath extends BodyLeakRule {

  private static final FilePathDetector DETECTOR = new FilePathDetector();

  /** With the built-in detector only. */
  public ErrorBodyLeaksFilePath() {
    this(LeakPatterns.NONE);
  }

  /** With a project's own {@code patterns: leak.file-path} besides the built-in detector. */
  public ErrorBodyLeaksFilePath(LeakPatterns configured) {
    super(configured);
  }

  @Override
  protected Optional<Leak> detect(ScanText body, ResponseView response) {
    return DETECTOR.find(body, response.url());
  }

  @Override
  protected Suggestion suggestion() {
    return Suggestion.text("log file and line on the server; return a Problem Details body without paths");
  }

  @Override
  protected String configuredKind() {
    return "file path matching a configured leak.file-path pattern";
  }
}
