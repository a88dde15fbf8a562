package io.statuslint.servlet;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/**
 * A deliberately simple leak rule under its own id, standing in for leak-stack-trace, leak-sql and
 * leak-file-path while those are built elsewhere: the guard decides on rule ids, so the filter is
 * tested the same way against any rule that reports leaks.
 */
final class StandInLeakRule implements Rule {

  static final String ID = "test-leak";

  private static final Pattern LEAK = Pattern.compile(
      "(?s)(Exception[^\\n]*\\n\\s+at [\\w$.]+\\(|SQLException|syntax error at or near|SELECT \\S+ FROM"
          + "|/(?:home|var|opt|srv)/\\w+/)");

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (response.body().isReadable() && LEAK.matcher(response.body().text()).find()) {
      findings.report("the error body leaks internals", null, null);
    }
  }

  @Override
  public RuleMetadata metadata() {
    return new RuleMetadata(ID, Severity.ERROR, EnumSet.of(Surface.TRAFFIC), "stand-in leak rule", "", "",
        IntStream.rangeClosed(400, 599).toArray(), List.of());
  }
}
