package io.statuslint.maven;

import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.report.ReportContext;
import io.statuslint.report.ReportFormats;
import io.statuslint.report.Reporter;
import io.statuslint.report.Summary;
import io.statuslint.traffic.BadInputException;
import io.statuslint.traffic.ExchangeReader;
import io.statuslint.traffic.ReaderOptions;
import io.statuslint.traffic.TrafficInputs;
import io.statuslint.model.Exchange;
import io.statuslint.openapi.LintResult;
import io.statuslint.openapi.SpecLinter;
import io.statuslint.openapi.SpecProblem;
import io.statuslint.openapi.SpecSource;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;

/**
 * One lint of a build: every spec and traffic file through the engine, every finding to each
 * report format (a file per format) and to {@code console}, with running totals. Independent of
 * Maven, so it is tested directly.
 */
final class LintRun {

  /**
   * What a run produced: totals, the report files, what could not be read (a spec or recording that
   * does not parse, a broken {@code $ref}) and warnings that do not stop the build.
   */
  record Outcome(Summary summary, List<Path> reports, List<String> unreadable, List<String> warnings) {}

  private final RuleEngine engine;
  private final SpecLinter specLinter = SpecLinter.create();
  private final List<String> formats;
  private final Path outputDirectory;
  private final boolean lenient;
  private final String toolVersion;

  LintRun(RuleEngine engine, List<String> formats, Path outputDirectory, boolean lenient, String toolVersion) {
    for (String f : formats) {
      if (!ReportFormats.exists(f)) {
        throw new IllegalArgumentException("unknown report format '" + f + "' (expected one of "
            + ReportFormats.names() + ")");
      }
    }
    this.engine = engine;
    this.formats = List.copyOf(formats);
    this.outputDirectory = outputDirectory;
    this.lenient = lenient;
    this.toolVersion = toolVersion;
  }

  Outcome run(List<Path> specs, List<Path> traffic, Consumer<Finding> console) throws IOException {
    Files.createDirectories(outputDirectory);
    List<String> inputs = new ArrayList<>();
    specs.forEach(p -> inputs.add(p.toString()));
    traffic.forEach(p -> inputs.add(p.toString()));
    Summary summary = new Summary();
    List<Reporter> reporters = new ArrayList<>();
    List<Writer> writers = new ArrayList<>();
    List<Path> reports = new ArrayList<>();
    List<String> unreadable = new ArrayList<>();
    List<String> warnings = new ArrayList<>();
    try {
      for (String format : formats) {
        Path file = outputDirectory.resolve(ReportFiles.fileName(format));
        Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8));
        writers.add(w);
        reports.add(file);
        Reporter r = ReportFormats.create(format, w);
        r.start(new ReportContext(toolVersion, specs.isEmpty() ? "check" : "lint", inputs, engine.activeRules(),
            false));
        reporters.add(r);
      }
      Consumer<Finding> sink = f -> {
        summary.countFinding(f);
        console.accept(f);
        for (Reporter r : reporters) {
          try {
            r.finding(f);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        }
      };
      for (Path spec : specs) {
        summary.countInput();
        LintResult result = specLinter.lint(SpecSource.file(spec), engine, sink);
        result.statuses().forEach((status, n) -> {
          for (int i = 0; i < n; i++) {
            summary.countExchange(status);
          }
        });
        for (SpecProblem w : result.warnings()) {
          warnings.add(w.oneLine());
        }
        for (SpecProblem p : result.problems()) {
          unreadable(spec.toString(), p.oneLine(), summary, reporters, unreadable);
        }
      }
      for (Path file : traffic) {
        summary.countInput();
        checkTraffic(file, summary, sink, reporters, unreadable);
      }
      for (Reporter r : reporters) {
        r.finish(summary);
      }
    } finally {
      for (Writer w : writers) {
        w.close();
      }
    }
    return new Outcome(summary, reports, unreadable, warnings);
  }

  private void checkTraffic(Path file, Summary summary, Consumer<Finding> sink, List<Reporter> reporters,
      List<String> unreadable) throws IOException {
    try (ExchangeReader reader = TrafficInputs.open(file, ReaderOptions.defaults().withLenient(lenient))) {
      Exchange e;
      while ((e = reader.next()) != null) {
        summary.countExchange(e.hasResponse() ? e.response().status() : 0);
        engine.check(e, sink);
      }
      for (long i = 0; i < reader.skipped(); i++) {
        summary.countSkippedEntry();
      }
    } catch (BadInputException e) {
      unreadable(file.toString(), e.getMessage(), summary, reporters, unreadable);
    }
  }

  private static void unreadable(String input, String message, Summary summary, List<Reporter> reporters,
      List<String> unreadable) throws IOException {
    summary.countUnreadableInput();
    unreadable.add(message == null ? input : message);
    for (Reporter r : reporters) {
      r.inputProblem(input, message);
    }
  }
}
