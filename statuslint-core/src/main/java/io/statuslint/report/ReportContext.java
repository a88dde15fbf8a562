package io.statuslint.report;

import io.statuslint.engine.ActiveRule;
import java.util.List;

/**
 * What a reporter knows besides the findings: the tool's version, the command, the inputs and the
 * rules that ran (SARIF lists every enabled rule, findings or not).
 *
 * @param command {@code check}, {@code lint}, {@code probe}, {@code proxy} or {@code demo}
 * @param inputs the input files or URLs, as the user named them
 * @param color whether the output may use ANSI colours (a terminal)
 */
public record ReportContext(
    String toolVersion, String command, List<String> inputs, List<ActiveRule> rules, boolean color) {

  public ReportContext {
    inputs = List.copyOf(inputs);
    rules = List.copyOf(rules);
  }
}
