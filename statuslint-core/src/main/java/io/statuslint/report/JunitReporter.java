package io.statuslint.report;

import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * {@code --format junit}: JUnit XML as Jenkins, GitLab and the GitHub test-report actions read it.
 *
 * <p>One {@code testsuite} per input (plus one for findings without a file, e.g. from a probe), one
 * {@code testcase} per enabled rule that applies to the command's surface: a rule with findings in
 * that input fails, with a {@code failure} whose message is the count and the first message and
 * whose text lists the findings (location, request, message, fix, evidence, reference). An input
 * that could not be read is a test case in {@code error}.
 *
 * <p>Memory: the counts of XML attributes must precede the test cases, so the report is written at
 * the end. It keeps, per input and rule, the count of findings and the details of the first
 * {@value #DETAILS_PER_CASE} only ("… and N more" follows), so memory is bounded by inputs × rules,
 * not by findings.
 */
public final class JunitReporter implements Reporter {

  static final int DETAILS_PER_CASE = 50;
  static final int MAX_SUITES = 1_000;
  private static final int MAX_PROBLEMS = 20;
  private static final String OTHER_SUITE = "(other inputs)";
  /** Findings from a probe, the proxy or an embedded check carry no file. */
  private static final String LIVE_SUITE = "live exchanges";

  private final Writer out;
  private final Map<String, Suite> suites = new LinkedHashMap<>();
  private ReportContext context;
  private List<ActiveRule> rules;

  public JunitReporter(Writer out) {
    this.out = out;
  }

  private static final class Suite {
    final String name;
    final Map<String, Case> cases = new LinkedHashMap<>();
    final List<String> problems = new ArrayList<>();

    Suite(String name) {
      this.name = name;
    }
  }

  private static final class Case {
    long count;
    Severity worst = Severity.INFO;
    long firstLine = -1;
    final List<Finding> details = new ArrayList<>();
  }

  @Override
  public void start(ReportContext context) {
    this.context = context;
    Set<Surface> surfaces = surfacesOf(context.command());
    this.rules = context.rules().stream()
        .filter(r -> r.metadata().surfaces().stream().anyMatch(surfaces::contains))
        .toList();
    for (String input : context.inputs()) {
      suite(input);
    }
  }

  /** {@code lint} judges specs; {@code check}, {@code probe} and {@code proxy} judge exchanges. */
  private static Set<Surface> surfacesOf(String command) {
    return switch (command == null ? "" : command) {
      case "lint" -> EnumSet.of(Surface.SPEC);
      case "check", "probe", "proxy" -> EnumSet.of(Surface.TRAFFIC);
      default -> EnumSet.allOf(Surface.class);
    };
  }

  private Suite suite(String name) {
    Suite s = suites.get(name);
    if (s == null) {
      if (suites.size() >= MAX_SUITES) {
        return suites.computeIfAbsent(OTHER_SUITE, Suite::new);
      }
      s = new Suite(name);
      suites.put(name, s);
    }
    return s;
  }

  private String suiteNameOf(Finding f) {
    if (f.location().file() != null) {
      return f.location().file();
    }
    return context.inputs().size() == 1 ? context.inputs().get(0) : LIVE_SUITE;
  }

  @Override
  public void finding(Finding f) {
    Case c = suite(suiteNameOf(f)).cases.computeIfAbsent(f.rule(), r -> new Case());
    c.count++;
    if (f.severity().compareTo(c.worst) > 0) {
      c.worst = f.severity();
    }
    if (c.firstLine < 0 && f.location().line() > 0) {
      c.firstLine = f.location().line();
    }
    if (c.details.size() < DETAILS_PER_CASE) {
      c.details.add(f);
    }
  }

  @Override
  public void inputProblem(String input, String message) {
    Suite s = suite(input == null ? LIVE_SUITE : input);
    if (s.problems.size() < MAX_PROBLEMS) {
      s.problems.add(message);
    }
  }

  @Override
  public void finish(Summary summary) throws IOException {
    StringBuilder body = new StringBuilder();
    long tests = 0;
    long failures = 0;
    long errors = 0;
    for (Suite s : suites.values()) {
      List<String> caseIds = new ArrayList<>();
      rules.forEach(r -> caseIds.add(r.id()));
      s.cases.keySet().stream().filter(id -> !caseIds.contains(id)).forEach(caseIds::add);
      long suiteFailures = s.cases.size();
      long suiteErrors = s.problems.isEmpty() ? 0 : 1;
      long suiteTests = caseIds.size() + suiteErrors;
      tests += suiteTests;
      failures += suiteFailures;
      errors += suiteErrors;
      body.append("  <testsuite").append(attr("name", s.name)).append(attr("tests", suiteTests))
          .append(attr("failures", suiteFailures)).append(attr("errors", suiteErrors))
          .append(attr("skipped", 0)).append(attr("time", "0")).append(">\n");
      body.append("    <properties>\n      <property").append(attr("name", "statuslint.version"))
          .append(attr("value", context.toolVersion())).append("/>\n    </properties>\n");
      String classname = "statuslint." + context.command() + "." + identifier(s.name);
      if (!s.problems.isEmpty()) {
        body.append("    <testcase").append(attr("name", "input is readable")).append(attr("classname", classname))
            .append(attr("time", "0")).append(">\n      <error").append(attr("message", ReportText.truncate(ReportText.oneLine(s.problems.get(0)), 300)))
            .append(attr("type", "unreadable-input")).append(">")
            .append(text(String.join("\n", s.problems))).append("</error>\n    </testcase>\n");
      }
      for (String id : caseIds) {
        writeCase(body, s, id, classname);
      }
      body.append("  </testsuite>\n");
    }
    StringBuilder xml = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    xml.append("<testsuites").append(attr("name", "statuslint " + context.command())).append(attr("tests", tests))
        .append(attr("failures", failures)).append(attr("errors", errors)).append(attr("time", "0")).append(">\n");
    xml.append(body).append("</testsuites>\n");
    out.write(xml.toString());
    out.flush();
  }

  private static void writeCase(StringBuilder b, Suite s, String id, String classname) {
    Case c = s.cases.get(id);
    b.append("    <testcase").append(attr("name", id)).append(attr("classname", classname)).append(attr("time", "0"));
    if (c == null) {
      b.append("/>\n");
      return;
    }
    b.append(attr("file", s.name));
    if (c.firstLine > 0) {
      b.append(attr("line", c.firstLine));
    }
    String first = ReportText.oneLine(c.details.get(0).message());
    String message = ReportText.plural(c.count, "finding") + ": " + first;
    b.append(">\n      <failure").append(attr("message", ReportText.truncate(message, 300)))
        .append(attr("type", c.worst.id())).append(">");
    StringBuilder detail = new StringBuilder();
    for (Finding f : c.details) {
      detail.append(describe(f));
    }
    if (c.count > c.details.size()) {
      detail.append("… and ").append(c.count - c.details.size()).append(" more (the first ")
          .append(c.details.size()).append(" are listed)\n");
    }
    b.append(text(detail.toString())).append("</failure>\n    </testcase>\n");
  }

  private static String describe(Finding f) {
    StringBuilder sb = new StringBuilder("[").append(f.severity().id()).append("] ");
    String where = ReportText.where(f.location());
    String request = ReportText.request(f.location());
    sb.append(where);
    if (!request.isEmpty()) {
      sb.append(where.isEmpty() ? "" : "  ").append(request);
    }
    sb.append("\n  ").append(ReportText.oneLine(f.message())).append('\n');
    String fix = ReportText.suggestion(f.suggestion());
    if (!fix.isEmpty()) {
      sb.append("  fix: ").append(fix).append('\n');
    }
    if (f.evidence() != null) {
      sb.append("  evidence: ").append(ReportText.evidence(f)).append('\n');
    }
    String see = ReportText.reference(f.reference());
    if (f.reference().url() != null) {
      see = see.isEmpty() ? f.reference().url() : see + "; " + f.reference().url();
    }
    if (!see.isEmpty()) {
      sb.append("  see: ").append(ReportText.oneLine(see)).append('\n');
    }
    return sb.toString();
  }

  /** A Java-like identifier part for {@code classname}, so CI tools do not split an input's dots into packages. */
  private static String identifier(String s) {
    String id = s.replaceAll("[^A-Za-z0-9_-]+", "_");
    return id.isEmpty() ? "_" : id;
  }

  private static String attr(String name, long value) {
    return " " + name + "=\"" + value + "\"";
  }

  private static String attr(String name, String value) {
    return " " + name + "=\"" + escape(value == null ? "" : value, true) + "\"";
  }

  private static String text(String s) {
    return escape(s, false);
  }

  /**
   * XML escaping that also keeps the document well-formed whatever a recorded body holds: characters
   * XML 1.0 forbids (NUL, most C0 controls, lone surrogates, U+FFFE/U+FFFF) become U+FFFD, and in
   * attributes line breaks and tabs become character references so parsers keep them.
   */
  static String escape(String s, boolean attribute) {
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append(attribute ? "&quot;" : "\"");
        case '\n' -> sb.append(attribute ? "&#10;" : "\n");
        case '\r' -> sb.append(attribute ? "&#13;" : "&#13;");
        case '\t' -> sb.append(attribute ? "&#9;" : "\t");
        default -> {
          if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
            sb.append(c).append(s.charAt(++i));
          } else if (c < 0x20 || Character.isSurrogate(c) || c == '\uFFFE' || c == '\uFFFF') {
            sb.append('\uFFFD');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }
}
