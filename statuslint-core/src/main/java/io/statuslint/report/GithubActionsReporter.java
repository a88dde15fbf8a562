package io.statuslint.report;

import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code --format github}: one GitHub Actions workflow command per finding
 * ({@code ::error file=traffic.har,line=12,title=rate-limit-retry-after::…}), which the runner turns
 * into annotations on the file and in the pull request. Streams; keeps nothing.
 *
 * <p>Escaping follows the runner's rules (the toolkit's {@code escapeData} / {@code escapeProperty}):
 * {@code %}, CR and LF in the message; those and {@code :} and {@code ,} in property values. Other
 * control characters are removed first, so a recorded body can neither end the command early nor
 * start a new one ({@code ::stop-commands::}, {@code ::add-mask::}) on a line of its own.
 */
public final class GithubActionsReporter implements Reporter {

  private final Writer out;
  private ReportContext context;

  public GithubActionsReporter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ReportContext context) {
    this.context = context;
  }

  @Override
  public void finding(Finding f) throws IOException {
    Location l = f.location();
    List<String> props = new ArrayList<>();
    if (l.hasFile()) {
      props.add("file=" + escapeProperty(ReportText.oneLine(l.file()).replace('\\', '/')));
      props.add("line=" + (l.line() > 0 ? l.line() : 1));
      if (l.line() > 0 && l.column() > 0) {
        props.add("col=" + l.column());
      }
    }
    props.add("title=" + escapeProperty(f.rule()));
    List<String> lines = new ArrayList<>();
    lines.add(ReportText.oneLine(f.message()));
    String request = ReportText.request(l);
    if (!request.isEmpty()) {
      lines.add("request: " + request + (l.entry() >= 0 ? " (entry " + l.entry() + ")" : ""));
    } else if (l.pointer() != null) {
      lines.add("at: " + ReportText.oneLine(l.pointer()));
    }
    String fix = ReportText.suggestion(f.suggestion());
    if (!fix.isEmpty()) {
      lines.add("fix: " + fix);
    }
    if (f.evidence() != null) {
      lines.add("evidence: " + ReportText.evidence(f));
    }
    String see = ReportText.reference(f.reference());
    if (f.reference().url() != null) {
      see = see.isEmpty() ? ReportText.oneLine(f.reference().url()) : see + "; " + ReportText.oneLine(f.reference().url());
    }
    if (!see.isEmpty()) {
      lines.add("see: " + see);
    }
    out.write("::" + command(f.severity()) + " " + String.join(",", props) + "::"
        + escapeData(String.join("\n", lines)) + "\n");
  }

  @Override
  public void inputProblem(String input, String message) throws IOException {
    String props = (input == null ? "" : "file=" + escapeProperty(ReportText.oneLine(input)) + ",")
        + "title=" + escapeProperty("unreadable input");
    out.write("::error " + props + "::" + escapeData(ReportText.oneLine(message)) + "\n");
  }

  @Override
  public void finish(Summary summary) throws IOException {
    out.write("statuslint " + ReportText.oneLine(context.command()) + ": " + ReportText.totals(summary)
        + " in " + ReportText.plural(summary.inputs(), "input") + "\n");
    out.flush();
  }

  private static String command(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "notice";
    };
  }

  /** The message part: {@code %}, CR and LF are percent-encoded (the runner decodes them). */
  static String escapeData(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  /** A property value: also {@code :} and {@code ,}, which would end the value. */
  static String escapeProperty(String s) {
    return escapeData(s).replace(":", "%3A").replace(",", "%2C");
  }
}
