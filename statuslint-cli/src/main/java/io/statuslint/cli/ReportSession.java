package io.statuslint.cli;

import io.statuslint.engine.ActiveRule;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.report.ReportContext;
import io.statuslint.report.ReportFormats;
import io.statuslint.report.Reporter;
import io.statuslint.report.Summary;
import io.statuslint.rule.Severity;
import java.io.BufferedWriter;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One run's reporting: sends every finding to each requested reporter as it comes, keeps the running
 * {@link Summary}, and turns the outcome into the exit code of DESIGN.md.
 */
final class ReportSession implements AutoCloseable {

  private final List<Reporter> reporters = new ArrayList<>();
  private final List<Writer> writers = new ArrayList<>();
  private final List<String> files = new ArrayList<>();
  private final Summary summary = new Summary();
  private final OutputOptions options;
  private final PrintStream err;
  private boolean unreadable;
  private boolean closed;

  ReportSession(OutputOptions options, String command, List<String> inputs, RuleEngine engine,
      PrintStream out, PrintStream err) throws IOException {
    this(options, command, inputs, engine, engine.activeRules(), out, err);
  }

  /** A session whose reports list {@code rules} (the engine's, plus e.g. the probe's experiments). */
  ReportSession(OutputOptions options, String command, List<String> inputs, RuleEngine engine,
      List<ActiveRule> rules, PrintStream out, PrintStream err) throws IOException {
    this.options = options;
    this.err = err;
    for (String w : engine.warnings()) {
      err.println("statuslint: warning: " + w);
    }
    for (OutputOptions.Target t : options.targets()) {
      Writer w;
      boolean color = false;
      if (t.file() == null) {
        w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        color = t.format().equals("text") && options.colorAllowed();
      } else {
        Path p = Path.of(t.file());
        if (p.getParent() != null) {
          Files.createDirectories(p.getParent());
        }
        w = new BufferedWriter(new OutputStreamWriter(new FileOutputStream(p.toFile()), StandardCharsets.UTF_8));
        files.add(t.file());
      }
      Reporter r = ReportFormats.create(t.format(), w);
      r.start(new ReportContext(Version.get(), command, inputs, rules, color));
      reporters.add(r);
      writers.add(w);
    }
  }

  Summary summary() {
    return summary;
  }

  void finding(Finding f) {
    summary.countFinding(f);
    for (Reporter r : reporters) {
      try {
        r.finding(f);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** An input that could not be read: reported, and the exit code becomes 2 unless lenient. */
  void unreadable(String input, String message, boolean lenient) {
    summary.countUnreadableInput();
    if (!lenient) {
      unreadable = true;
    }
    err.println("statuslint: " + (lenient ? "warning: " : "") + message);
    for (Reporter r : reporters) {
      try {
        r.inputProblem(input, message);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  /** Finishes every report and returns the exit code. */
  int finish() throws IOException {
    for (Reporter r : reporters) {
      r.finish(summary);
    }
    close();
    if (!files.isEmpty()) {
      err.println("statuslint: " + summary.findings() + " findings (" + summary.count(Severity.ERROR) + " errors, "
          + summary.count(Severity.WARNING) + " warnings, " + summary.count(Severity.INFO) + " info) in "
          + summary.inputs() + " input(s); wrote " + String.join(", ", files));
    }
    if (unreadable) {
      return ExitCodes.BAD_INPUT;
    }
    return summary.hasAtLeast(options.failThreshold()) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    for (Writer w : writers) {
      w.flush();
    }
  }
}
