package io.statuslint.report;

import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What the reporters that write one document at {@link #finish} keep while the findings stream by:
 * the run's context, its rules by id, the first findings of each rule (with all the counts) and the
 * first inputs that could not be read. Bounded, so a huge run cannot exhaust memory.
 */
abstract class SampledReporter implements Reporter {

  final Writer out;
  final FindingSamples samples;
  final List<String> problems = new ArrayList<>();
  ReportContext context;
  Map<String, ActiveRule> rules;
  private final int maxProblems;

  SampledReporter(Writer out, int shownPerRule, int maxProblems) {
    this.out = out;
    this.samples = new FindingSamples(shownPerRule);
    this.maxProblems = maxProblems;
  }

  @Override
  public void start(ReportContext context) {
    this.context = context;
    this.rules = ReportText.rulesById(context);
  }

  @Override
  public void finding(Finding finding) {
    samples.add(finding);
  }

  @Override
  public void inputProblem(String input, String message) {
    if (problems.size() < maxProblems) {
      problems.add((input == null ? "" : input + ": ") + message);
    }
  }
}
