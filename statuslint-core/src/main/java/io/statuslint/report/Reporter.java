package io.statuslint.report;

import io.statuslint.finding.Finding;
import java.io.IOException;

/**
 * Turns a stream of findings into one output format. A reporter sees each finding once, in order,
 * and the running {@link Summary} at the end: it must not keep every finding (an input can yield
 * millions), though it may keep a bounded number (e.g. the first N per rule).
 *
 * <p>Call order: {@link #start}, then {@link #finding} any number of times, then {@link #finish}.
 */
public interface Reporter {

  void start(ReportContext context) throws IOException;

  void finding(Finding finding) throws IOException;

  /** Reports a problem with an input (unreadable file, bad entry) that is not a finding. */
  default void inputProblem(String input, String message) throws IOException {}

  void finish(Summary summary) throws IOException;
}
