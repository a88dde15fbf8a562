package io.statuslint.servlet;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;
import java.util.EnumSet;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;

/** A team's own leak rule: error bodies must not name hosts of the internal network. */
final class InternalHostLeakRule implements Rule {

  static final String ID = "acme-internal-host";

  private static final Pattern HOST = Pattern.compile("\\b[\\w-]+(?:\\.[\\w-]+)*\\.corp\\.acme\\.internal\\b");

  @Override
  public void check(ResponseView response, FindingSink findings) {
    if (!response.body().isReadable()) {
      return;
    }
    Matcher m = HOST.matcher(response.body().text());
    if (m.find()) {
      findings.report("the error body names an internal host", null, m.group());
    }
  }

  @Override
  public RuleMetadata metadata() {
    return new RuleMetadata(ID, Severity.ERROR, EnumSet.of(Surface.TRAFFIC), "internal host in an error body", "",
        "", IntStream.rangeClosed(400, 599).toArray(), List.of());
  }
}
