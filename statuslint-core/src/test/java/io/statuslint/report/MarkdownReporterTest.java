package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.ArrayList;
import java.util.List;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TableRow;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.HtmlBlock;
import org.commonmark.node.HtmlInline;
import org.commonmark.node.Image;
import org.commonmark.node.Link;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.junit.jupiter.api.Test;

/**
 * The Markdown report parsed by a CommonMark parser with the GFM tables extension (the Markdown
 * GitHub renders PR comments with): the rule table, the collapsed details, and no markup injected
 * by recorded content.
 */
class MarkdownReporterTest {

  private static final List<org.commonmark.Extension> EXTENSIONS = List.of(TablesExtension.create());
  private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();

  private static List<TableBlock> tables(Node doc) {
    List<TableBlock> out = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomBlock block) {
        if (block instanceof TableBlock t) {
          out.add(t);
        }
        visitChildren(block);
      }
    });
    return out;
  }

  private static List<List<String>> rows(TableBlock table) {
    List<List<String>> rows = new ArrayList<>();
    table.accept(new AbstractVisitor() {
      @Override
      public void visit(org.commonmark.node.CustomNode node) {
        if (node instanceof TableRow) {
          List<String> cells = new ArrayList<>();
          for (Node c = node.getFirstChild(); c != null; c = c.getNext()) {
            cells.add(text((TableCell) c));
          }
          rows.add(cells);
        } else {
          visitChildren(node);
        }
      }
    });
    return rows;
  }

  private static String text(Node node) {
    StringBuilder sb = new StringBuilder();
    node.accept(new AbstractVisitor() {
      @Override
      public void visit(Text text) {
        sb.append(text.getLiteral());
      }
    });
    return sb.toString();
  }

  @Test
  void ruleTableCountsEveryRuleThatFired() {
    Node doc = PARSER.parse(ReportFixtures.render("markdown"));
    List<TableBlock> tables = tables(doc);
    assertThat(tables).hasSize(1 + 5);
    List<List<String>> rules = rows(tables.get(0));
    assertThat(rules.get(0)).containsExactly("Rule", "Severity", "Findings", "Rests on");
    assertThat(rules.subList(1, rules.size())).extracting(r -> r.get(0)).containsExactly(
        "rate-limit-retry-after", "created-location", "redirect-method-ambiguous", "status-unregistered",
        "status-payment-required");
    assertThat(rules.get(1)).containsExactly("rate-limit-retry-after", "error", "2", "RFC 6585 §4; guide: 4xx — Client errors: 429");
    // Each detail table row has exactly its four columns, even where the evidence holds a pipe.
    for (TableBlock t : tables.subList(1, tables.size())) {
      rows(t).forEach(row -> assertThat(row).hasSize(4));
    }
    List<List<String>> payment = rows(tables.get(5));
    assertThat(payment.get(1).get(3)).isEqualTo("{\"amount\": 5 | \"currency\": \"<EUR>\" & \"tax\": 0.2 *net* _x_}");
    String html = HtmlRenderer.builder().extensions(EXTENSIONS).build().render(doc);
    assertThat(html).contains("<details>").contains("<summary>rate-limit-retry-after — 2 findings</summary>");
    assertThat(html).contains("<a href=\"https://statuslint.io/rules/rate-limit-retry-after\">rate-limit-retry-after</a>");
  }

  @Test
  void recordedContentAddsNoLinkImageOrHtml() {
    List<Finding> findings = ReportFixtures.hostileFindings();
    String md = ReportFixtures.render("markdown", ReportFixtures.hostileContext(), findings,
        ReportFixtures.summary(findings), r -> {});
    Node doc = PARSER.parse(md);
    List<String> problems = new ArrayList<>();
    doc.accept(new AbstractVisitor() {
      @Override
      public void visit(Link link) {
        if (!link.getDestination().startsWith("https://statuslint.io/rules/")) {
          problems.add("link " + link.getDestination());
        }
        visitChildren(link);
      }

      @Override
      public void visit(Image image) {
        problems.add("image " + image.getDestination());
      }

      @Override
      public void visit(HtmlInline html) {
        problems.add("inline html " + html.getLiteral());
      }

      @Override
      public void visit(HtmlBlock html) {
        if (!html.getLiteral().matches("(?s)<details>\\n<summary>[^<>]*</summary>\\n?|</details>\\n?")) {
          problems.add("html block " + html.getLiteral());
        }
      }
    });
    assertThat(problems).isEmpty();
    for (TableBlock t : tables(doc)) {
      List<List<String>> rows = rows(t);
      rows.forEach(row -> assertThat(row).hasSameSizeAs(rows.get(0)));
    }
    String html = HtmlRenderer.builder().extensions(EXTENSIONS).build().render(doc);
    assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<svg").doesNotContain("href=\"javascript");
    assertThat(html).contains("&lt;script&gt;window.__pwned");
  }

  @Test
  void staysPullRequestCommentSizedOnAHugeRun() {
    List<ActiveRule> rules = new ArrayList<>();
    List<Finding> findings = new ArrayList<>();
    for (int r = 0; r < 60; r++) {
      ActiveRule rule = ReportFixtures.rule("rule-number-" + r, Severity.WARNING, "Rule " + r, "guide " + r,
          "RFC 9110 §" + r, Surface.TRAFFIC);
      rules.add(rule);
      for (int i = 0; i < 500; i++) {
        findings.add(ReportFixtures.finding(rule, "finding " + i + " of rule " + r + " ".repeat(40) + "x".repeat(200),
            Suggestion.text("fix it"), Location.ofExchange("big.har", i, i + 1, "e" + i, "GET",
                "https://api.example.com/" + "segment/".repeat(30) + i, 200), "evidence ".repeat(12)));
      }
    }
    ReportContext context = new ReportContext("0.1.0-test", "check", List.of("big.har"), rules, false);
    String md = ReportFixtures.render("markdown", context, findings, ReportFixtures.summary(findings), r -> {});
    assertThat(md.length()).isLessThan(65_536);
    assertThat(md).contains("30,000".replace(",", "")).contains("more rules are not detailed here");
    assertThat(rows(tables(PARSER.parse(md)).get(0))).hasSize(61);
  }
}
