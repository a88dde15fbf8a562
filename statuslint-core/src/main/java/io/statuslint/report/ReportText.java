package io.statuslint.report;

import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.finding.Reference;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import java.util.LinkedHashMap;
import java.util.Map;

/** The short texts every human-facing report shows the same way: where, which request, what to do, why. */
final class ReportText {

  /** Recorded URLs can be kilobytes long; reports show a prefix. */
  static final int MAX_URL = 160;

  private ReportText() {}

  /** One line: line breaks become spaces, other control characters (ANSI escapes, NUL) U+FFFD; null becomes "". */
  static String oneLine(String s) {
    return TextReporter.clean(s == null ? null : s.replace("\r\n", "\n").replace('\r', '\n'));
  }

  static String truncate(String s, int max) {
    if (s == null || s.length() <= max) {
      return s;
    }
    int end = max - 1;
    if (Character.isHighSurrogate(s.charAt(end - 1))) {
      end--;
    }
    return s.substring(0, end) + "…";
  }

  /** {@code api.yaml:40:7 /paths/~1orders/post/responses/201} or {@code traffic.har:12 #3}. */
  static String where(Location l) {
    StringBuilder sb = new StringBuilder(l.shortText());
    if (l.entry() >= 0) {
      sb.append(sb.length() > 0 ? " " : "").append("#").append(l.entry());
    }
    if (l.pointer() != null) {
      sb.append(sb.length() > 0 ? " " : "").append(l.pointer());
    }
    return oneLine(sb.toString());
  }

  /** {@code POST https://api.example/orders → 201}, or "" when the finding names no request. */
  static String request(Location l) {
    if (l.method() == null && l.url() == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    if (l.method() != null) {
      sb.append(l.method());
    }
    if (l.url() != null) {
      sb.append(sb.length() > 0 ? " " : "").append(truncate(l.url(), MAX_URL));
    }
    if (l.status() >= 0) {
      sb.append(" → ").append(l.status());
    }
    return oneLine(sb.toString());
  }

  /** {@code use 308 — keep the method} or the suggestion's sentence; "" without one. */
  static String suggestion(Suggestion s) {
    if (s == null) {
      return "";
    }
    String text = oneLine(s.text());
    return s.code() == null ? text : "use " + s.code() + (text.isEmpty() ? "" : " — " + text);
  }

  /** {@code RFC 9110 §15.3.2; guide: 2xx — Success}; "" when the finding rests on nothing named. */
  static String reference(Reference r) {
    StringBuilder sb = new StringBuilder();
    if (r.rfc() != null) {
      sb.append(r.rfc());
    }
    if (r.guide() != null) {
      sb.append(sb.length() > 0 ? "; " : "").append("guide: ").append(r.guide());
    }
    return oneLine(sb.toString());
  }

  static String evidence(Finding f) {
    return f.evidence() == null ? "" : oneLine(f.evidence());
  }

  static String plural(long n, String word) {
    return n + " " + word + (n == 1 ? "" : "s");
  }

  /** {@code 12 findings (3 errors, 8 warnings, 1 info)} or {@code no findings}. */
  static String totals(Summary s) {
    if (s.findings() == 0) {
      return "no findings";
    }
    return plural(s.findings(), "finding") + " (" + plural(s.count(Severity.ERROR), "error") + ", "
        + plural(s.count(Severity.WARNING), "warning") + ", " + s.count(Severity.INFO) + " info)";
  }

  static Map<String, ActiveRule> rulesById(ReportContext context) {
    Map<String, ActiveRule> byId = new LinkedHashMap<>();
    for (ActiveRule r : context.rules()) {
      byId.put(r.id(), r);
    }
    return byId;
  }

  /** Only http(s) links are ever written as links; anything else ({@code javascript:}) stays text. */
  static boolean isWebLink(String url) {
    return url != null && (url.startsWith("https://") || url.startsWith("http://"))
        && url.chars().noneMatch(c -> c <= 0x20 || c == '"' || c == '\'' || c == '<' || c == '>' || c == '\\' || c == '`');
  }
}
