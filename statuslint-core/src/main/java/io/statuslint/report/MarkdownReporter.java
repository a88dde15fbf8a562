package io.statuslint.report;

import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import io.statuslint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * {@code --format markdown}: a summary sized for a pull-request comment (GitHub caps one at 65,536
 * characters): totals, a table of rules with their counts and references, the top findings, and per
 * rule a collapsed {@code <details>} table of its first findings.
 *
 * <p>Keeps the first {@value #SHOWN_PER_RULE} findings of each rule and all the counts. Everything
 * that came from an input is escaped for Markdown and HTML ({@code |}, {@code *}, {@code [},
 * {@code <}, backticks…), so a recorded body cannot add links, images, tags or table columns.
 */
public final class MarkdownReporter extends SampledReporter {

  static final int SHOWN_PER_RULE = 10;
  static final int TOP_FINDINGS = 10;
  /** Leaves room under GitHub's 65,536-character comment limit. */
  static final int MAX_CHARS = 60_000;
  private static final int MAX_PROBLEMS = 10;

  public MarkdownReporter(Writer out) {
    super(out, SHOWN_PER_RULE, MAX_PROBLEMS);
  }

  @Override
  public void finish(Summary s) throws IOException {
    StringBuilder md = new StringBuilder();
    String icon = s.count(Severity.ERROR) > 0 || s.unreadableInputs() > 0 ? "❌"
        : s.findings() > 0 ? "⚠️" : "✅";
    md.append("### ").append(icon).append(" statuslint ").append(inline(context.command())).append(": ")
        .append(ReportText.totals(s)).append("\n\n");
    List<String> facts = new ArrayList<>();
    facts.add(ReportText.plural(s.inputs(), "input"));
    if (s.exchanges() > 0) {
      facts.add(ReportText.plural(s.exchanges(), "response") + " checked");
    }
    facts.add(ReportText.plural(context.rules().size(), "rule") + " enabled");
    if (s.unreadableInputs() > 0) {
      facts.add("**" + ReportText.plural(s.unreadableInputs(), "unreadable input") + "**");
    }
    if (s.skippedEntries() > 0) {
      facts.add(s.skippedEntries() + (s.skippedEntries() == 1 ? " bad entry" : " bad entries") + " skipped");
    }
    md.append(String.join(" · ", facts)).append("\n\n");
    for (String p : problems) {
      md.append("> **Could not read** ").append(inline(p)).append("\n\n");
    }
    if (s.findings() == 0) {
      md.append("No findings: every response follows the status-code guide.\n");
      write(md);
      return;
    }
    appendRuleTable(md, s);
    appendTopFindings(md);
    appendDetails(md);
    write(md);
  }

  private void appendRuleTable(StringBuilder md, Summary s) {
    md.append("| Rule | Severity | Findings | Rests on |\n| --- | --- | ---: | --- |\n");
    for (String id : samples.rules()) {
      ActiveRule rule = rules.get(id);
      String url = rule == null ? null : rule.reference().url();
      String name = ReportText.isWebLink(url) ? "[" + cell(id) + "](<" + url + ">)" : cell(id);
      String refs = rule == null ? "" : ReportText.reference(rule.reference());
      md.append("| ").append(name).append(" | ").append(samples.worst(id).id()).append(" | ")
          .append(s.byRule().getOrDefault(id, samples.count(id))).append(" | ").append(cell(refs)).append(" |\n");
    }
    md.append('\n');
  }

  private void appendTopFindings(StringBuilder md) {
    List<Finding> top = samples.allShown().stream()
        .sorted(Comparator.comparing(Finding::severity, Comparator.reverseOrder()))
        .limit(TOP_FINDINGS)
        .toList();
    md.append("#### Top findings\n\n");
    int n = 1;
    for (Finding f : top) {
      md.append(n++).append(". **").append(f.severity().id()).append("** ").append(inline(f.rule()));
      String where = ReportText.where(f.location());
      if (!where.isEmpty()) {
        md.append(" · ").append(inline(where));
      }
      String request = ReportText.request(f.location());
      if (!request.isEmpty()) {
        md.append(" · ").append(inline(request));
      }
      md.append(" — ").append(inline(ReportText.truncate(ReportText.oneLine(f.message()), 300)));
      String fix = ReportText.suggestion(f.suggestion());
      if (!fix.isEmpty()) {
        md.append(" *Fix:* ").append(inline(fix));
      }
      md.append('\n');
    }
    md.append('\n');
  }

  private void appendDetails(StringBuilder md) {
    List<String> ids = samples.rules();
    for (int i = 0; i < ids.size(); i++) {
      String id = ids.get(i);
      if (md.length() > MAX_CHARS - 4_000) {
        md.append("*").append(ids.size() - i).append(" more rules are not detailed here, to fit a comment;")
            .append(" use the HTML or SARIF report for all of them.*\n");
        return;
      }
      long count = samples.count(id);
      md.append("<details>\n<summary>").append(html(id)).append(" — ")
          .append(ReportText.plural(count, "finding")).append("</summary>\n\n");
      md.append("| Where | Request | Message | Evidence |\n| --- | --- | --- | --- |\n");
      for (Finding f : samples.sample(id)) {
        String fix = ReportText.suggestion(f.suggestion());
        md.append("| ").append(cell(ReportText.where(f.location()))).append(" | ")
            .append(cell(ReportText.request(f.location()))).append(" | ")
            .append(cell(ReportText.truncate(ReportText.oneLine(f.message()), 300)))
            .append(fix.isEmpty() ? "" : " *Fix:* " + cell(fix)).append(" | ")
            .append(cell(ReportText.evidence(f))).append(" |\n");
      }
      long hidden = count - samples.sample(id).size();
      if (hidden > 0) {
        md.append("\n…and ").append(hidden).append(" more not shown.\n");
      }
      md.append("\n</details>\n\n");
    }
  }

  private void write(StringBuilder md) throws IOException {
    out.write(md.toString());
    out.flush();
  }

  /** Text inside a table cell: {@link #inline} already escapes the pipe, which would start a new column. */
  static String cell(String s) {
    return inline(s);
  }

  /**
   * Escapes text for inline Markdown: backslash-escapes the characters that start emphasis, code,
   * links and strikethrough, and writes {@code & < >} as entities so no HTML tag can form.
   */
  static String inline(String s) {
    String one = ReportText.oneLine(s);
    StringBuilder sb = new StringBuilder(one.length() + 8);
    for (int i = 0; i < one.length(); i++) {
      char c = one.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '\\', '`', '*', '_', '[', ']', '~', '!', '#', '|' -> sb.append('\\').append(c);
        default -> sb.append(c);
      }
    }
    return sb.toString();
  }

  /** Text inside the raw HTML of a {@code <summary>}. */
  private static String html(String s) {
    return ReportText.oneLine(s).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}
