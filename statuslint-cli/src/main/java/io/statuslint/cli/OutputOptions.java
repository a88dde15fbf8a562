package io.statuslint.cli;

import io.statuslint.report.ReportFormats;
import io.statuslint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** The output options every checking command shares: formats, destinations and the failure level. */
public final class OutputOptions {

  @Spec(Spec.Target.MIXEE)
  CommandSpec spec;

  @Option(
      names = {"-f", "--format"},
      paramLabel = "FORMAT[=FILE]",
      description = "Output format, repeatable: text (default), json, ndjson, sarif, junit, github, markdown, "
          + "html. FORMAT=FILE writes that format to FILE, e.g. --format text --format sarif=out.sarif.")
  List<String> formats = new ArrayList<>();

  @Option(names = {"-o", "--output"}, paramLabel = "FILE",
      description = "Write the output (of formats given without =FILE) to FILE instead of standard output.")
  String output;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "Exit 1 when a finding is at or above LEVEL: error (default), warning, info or never. "
          + "Unreadable inputs still exit 2.")
  String failOn;

  @Option(names = "--no-color", description = "Never colour the text output (it is coloured only on a terminal).")
  boolean noColor;

  /** A format and where it goes ({@code null} file = standard output). */
  record Target(String format, String file) {}

  List<Target> targets() {
    List<String> given = formats.isEmpty() ? List.of("text") : formats;
    List<Target> out = new ArrayList<>();
    int toStdout = 0;
    for (String f : given) {
      int eq = f.indexOf('=');
      String name = (eq < 0 ? f : f.substring(0, eq)).trim().toLowerCase(java.util.Locale.ROOT);
      String file = eq < 0 ? output : f.substring(eq + 1);
      if (!ReportFormats.exists(name)) {
        throw new ParameterException(spec.commandLine(),
            "unknown format '" + name + "' (expected one of " + String.join(", ", ReportFormats.names()) + ")");
      }
      if (file == null) {
        toStdout++;
      }
      out.add(new Target(name, file == null || file.equals("-") ? null : file));
    }
    if (toStdout > 1) {
      throw new ParameterException(spec.commandLine(),
          "only one format can go to standard output; give the others a file (FORMAT=FILE)");
    }
    return out;
  }

  /** The failure threshold, or {@code null} for never. */
  Severity failThreshold() {
    if (failOn.equalsIgnoreCase("never")) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(),
          "--fail-on takes error, warning, info or never, not '" + failOn + "'");
    }
  }

  boolean colorAllowed() {
    return !noColor && System.console() != null && System.getenv("NO_COLOR") == null
        && !"dumb".equals(System.getenv("TERM"));
  }
}
