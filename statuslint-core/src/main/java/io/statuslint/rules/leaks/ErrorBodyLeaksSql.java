package io.statuslint.rules.leaks;

import io.statuslint.detect.Leak;
import io.statuslint.detect.LeakPatterns;
import io.statuslint.detect.ScanText;
import io.statuslint.detect.SqlLeakDetector;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.Optional;

/**
 * An error body must not carry SQL or a database driver's error: table, column and constraint names
 * and query shapes are a map for injection (guide, "Using them well": never leak internal detail;
 * RFC 9457 §5).
 */
@RuleInfo(
    id = "leak-sql",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    statusClasses = {4, 5},
    summary = "A 4xx/5xx body holds SQL text or a database driver error.",
    guide = "Using them well: never leak internal detail",
    rfc = "RFC 9457 §5")
public final class ErrorBodyLeaksSql extends BodyLeakRule {

  private static final SqlLeakDetector DETECTOR = new SqlLeakDetector();

  /** With the built-in detector only. */
  public ErrorBodyLeaksSql() {
    this(LeakPatterns.NONE);
  }

  /** With a project's own {@code patterns: leak.sql} besides the built-in detector. */
  public ErrorBodyLeaksSql(LeakPatterns configured) {
    super(configured);
  }

  @Override
  protected Optional<Leak> detect(ScanText body, ResponseView response) {
    return DETECTOR.find(body);
  }

  @Override
  protected Suggestion suggestion() {
    return Suggestion.text("log the database error on the server; map it to a Problem Details body that names "
        + "the problem in the API's terms (e.g. 409 for a duplicate) without SQL, tables or constraints");
  }

  @Override
  protected String configuredKind() {
    return "database error matching a configured leak.sql pattern";
  }
}
