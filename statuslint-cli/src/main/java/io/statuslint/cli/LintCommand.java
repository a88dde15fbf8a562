package io.statuslint.cli;

import io.statuslint.engine.RuleEngine;
import io.statuslint.openapi.LintResult;
import io.statuslint.openapi.SpecLimits;
import io.statuslint.openapi.SpecLinter;
import io.statuslint.openapi.SpecProblem;
import io.statuslint.openapi.SpecSource;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code statuslint lint SPEC...}: lints OpenAPI 3.0/3.1 and Swagger 2.0 documents. */
@Command(name = "lint", mixinStandardHelpOptions = true,
    description = "Lint OpenAPI 3.0/3.1 and Swagger 2.0 specs: YAML or JSON files, URLs, or '-' for stdin.")
final class LintCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Parameters(paramLabel = "SPEC", arity = "1..*",
      description = "Spec files or http(s) URLs; '-' reads standard input.")
  List<String> specs;

  @Option(names = "--max-spec-size", paramLabel = "SIZE",
      description = "Refuse spec documents (and the files they reference) larger than SIZE, e.g. 200m or 1g. "
          + "Default: 64m.")
  String maxSpecSize;

  @Mixin OutputOptions output;
  @Mixin RuleOptions rules;

  @Override
  public Integer call() throws IOException {
    SpecLimits limits = SpecLimits.defaults();
    if (maxSpecSize != null) {
      try {
        limits = limits.withMaxBytes(SpecLimits.parseSize(maxSpecSize));
      } catch (IllegalArgumentException e) {
        throw new ParameterException(spec.commandLine(), "--max-spec-size: " + e.getMessage());
      }
    }
    RuleEngine engine = rules.engine(specs);
    SpecLinter linter = SpecLinter.create(limits);
    try (ReportSession session = new ReportSession(output, "lint", specs, engine, System.out, System.err)) {
      for (String s : specs) {
        lintOne(s, linter, engine, session);
      }
      return session.finish();
    }
  }

  private void lintOne(String argument, SpecLinter linter, RuleEngine engine, ReportSession session) {
    session.summary().countInput();
    SpecSource source;
    try {
      source = SpecSource.of(argument);
    } catch (IllegalArgumentException e) {
      session.unreadable(argument, Errors.oneLine(e), rules.lenient);
      return;
    }
    LintResult result = linter.lint(source, engine, session::finding);
    for (Map.Entry<Integer, Integer> e : result.statuses().entrySet()) {
      for (int i = 0; i < e.getValue(); i++) {
        session.summary().countExchange(e.getKey());
      }
    }
    for (SpecProblem w : result.warnings()) {
      System.err.println("statuslint: warning: " + w.oneLine());
    }
    for (SpecProblem p : result.problems()) {
      session.unreadable(argument, p.oneLine(), rules.lenient);
    }
  }
}
