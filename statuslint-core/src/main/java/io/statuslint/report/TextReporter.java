package io.statuslint.report;

import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Comparator;
import java.util.Map;

/**
 * The default, human output: compiler-style lines grouped by input, then totals. Colour only when
 * the context says the output is a terminal. Recorded text is shown only as redacted evidence, and
 * control characters are stripped so a hostile body cannot drive the terminal.
 */
public final class TextReporter implements Reporter {

  private static final String RESET = "\u001b[0m";
  private static final String BOLD = "\u001b[1m";
  private static final String DIM = "\u001b[2m";
  private static final String RED = "\u001b[31m";
  private static final String YELLOW = "\u001b[33m";
  private static final String CYAN = "\u001b[36m";

  private final Writer out;
  private boolean color;
  private String currentFile = "\u0000";

  public TextReporter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ReportContext context) {
    this.color = context.color();
  }

  @Override
  public void finding(Finding f) throws IOException {
    Location l = f.location();
    String file = l.file() == null ? "" : l.file();
    if (!file.equals(currentFile)) {
      currentFile = file;
      if (!file.isEmpty()) {
        out.write(paint(BOLD, clean(file)) + "\n");
      }
    }
    StringBuilder sb = new StringBuilder("  ");
    String where = where(l);
    sb.append(where.isEmpty() ? "" : paint(DIM, where) + "  ");
    sb.append(paint(colorOf(f.severity()), String.format("%-7s", f.severity().id())));
    sb.append(' ').append(paint(CYAN, f.rule()));
    String exchange = exchange(l);
    if (!exchange.isEmpty()) {
      sb.append("  ").append(clean(exchange));
    }
    sb.append("\n      ").append(clean(f.message())).append('\n');
    if (f.suggestion() != null) {
      sb.append("      fix: ");
      Integer code = f.suggestion().code();
      if (code != null && !f.suggestion().text().contains(code.toString())) {
        sb.append("use ").append(code).append(" — ");
      }
      sb.append(clean(f.suggestion().text())).append('\n');
    }
    if (f.evidence() != null) {
      sb.append("      evidence: ").append(clean(f.evidence())).append('\n');
    }
    String ref = reference(f);
    if (!ref.isEmpty()) {
      sb.append(paint(DIM, "      see: " + ref)).append('\n');
    }
    out.write(sb.toString());
  }

  @Override
  public void finish(Summary s) throws IOException {
    StringBuilder sb = new StringBuilder("\n");
    if (s.findings() == 0) {
      sb.append(paint(BOLD, "No findings"));
    } else {
      sb.append(paint(BOLD, s.findings() + (s.findings() == 1 ? " finding" : " findings")));
      sb.append(" (").append(paint(RED, s.count(Severity.ERROR) + " error" + plural(s.count(Severity.ERROR))))
          .append(", ").append(paint(YELLOW, s.count(Severity.WARNING) + " warning" + plural(s.count(Severity.WARNING))))
          .append(", ").append(s.count(Severity.INFO)).append(" info)");
    }
    sb.append(" in ").append(s.inputs()).append(s.inputs() == 1 ? " input" : " inputs");
    if (s.exchanges() > 0) {
      sb.append(", ").append(s.exchanges()).append(s.exchanges() == 1 ? " response" : " responses").append(" checked");
    }
    if (s.unreadableInputs() > 0) {
      sb.append(", ").append(paint(RED, s.unreadableInputs() + " unreadable"));
    }
    if (s.skippedEntries() > 0) {
      sb.append(", ").append(s.skippedEntries()).append(" bad entries skipped");
    }
    sb.append('\n');
    s.byRule().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()).thenComparing(Map.Entry.comparingByKey()))
        .forEach(e -> sb.append(String.format("  %6d  %s%n", e.getValue(), e.getKey())));
    out.write(sb.toString());
    out.flush();
  }

  private static String where(Location l) {
    StringBuilder sb = new StringBuilder();
    if (l.line() > 0) {
      sb.append(l.line());
      if (l.column() > 0) {
        sb.append(':').append(l.column());
      }
    }
    if (l.entry() >= 0) {
      sb.append(sb.length() > 0 ? " " : "").append("#").append(l.entry());
    }
    if (l.pointer() != null) {
      sb.append(sb.length() > 0 ? " " : "").append(l.pointer());
    }
    return clean(sb.toString());
  }

  private static String exchange(Location l) {
    if (l.method() == null && l.url() == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (l.method() != null) {
      sb.append(l.method()).append(' ');
    }
    if (l.url() != null) {
      String url = l.url();
      sb.append(url.length() > 100 ? url.substring(0, 99) + "…" : url);
    }
    if (l.status() >= 0) {
      sb.append(" → ").append(l.status());
    }
    if (l.component() != null) {
      sb.append(" (component ").append(l.component()).append(')');
    }
    return sb.toString();
  }

  private static String reference(Finding f) {
    StringBuilder sb = new StringBuilder();
    if (f.reference().rfc() != null) {
      sb.append(f.reference().rfc());
    }
    if (f.reference().guide() != null) {
      sb.append(sb.length() > 0 ? "; " : "").append("guide: ").append(f.reference().guide());
    }
    return sb.toString();
  }

  private String paint(String code, String text) {
    return color ? code + text + RESET : text;
  }

  private static String colorOf(Severity s) {
    return s == Severity.ERROR ? RED : s == Severity.WARNING ? YELLOW : CYAN;
  }

  private static String plural(long n) {
    return n == 1 ? "" : "s";
  }

  /** Strips control characters (ANSI escapes included) from text that came from an input. */
  static String clean(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = null;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
        if (sb == null) {
          sb = new StringBuilder(s.length()).append(s, 0, i);
        }
        sb.append(c == '\n' || c == '\t' ? ' ' : '\ufffd');
      } else if (sb != null) {
        sb.append(c);
      }
    }
    return sb == null ? s : sb.toString();
  }
}
