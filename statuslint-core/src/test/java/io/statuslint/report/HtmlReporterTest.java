package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.rule.Suggestion;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The HTML report as text: self-contained, safe against hostile recorded content, bounded in size.
 * {@link HtmlReportBrowserTest} opens it in headless Chromium.
 */
class HtmlReporterTest {

  private static int count(String haystack, String needle) {
    int n = 0;
    for (int i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1)) {
      n++;
    }
    return n;
  }

  @Test
  void loadsNothingFromTheNetworkAndAllowsOnlyItsOwnScript() {
    String html = ReportFixtures.render("html");
    assertThat(html).doesNotContain(" src=").doesNotContain("<link").doesNotContain("<iframe").doesNotContain("@import");
    Matcher hrefs = Pattern.compile("href=\"([^\"]*)\"").matcher(html);
    while (hrefs.find()) {
      assertThat(hrefs.group(1)).matches("#rule-[a-z0-9-]+|https://statuslint\\.io/rules/[a-z0-9-]+");
    }
    assertThat(count(html, "<script")).isEqualTo(1);
    assertThat(count(html, "<style")).isEqualTo(1);
    String script = html.substring(html.indexOf("<script>") + 8, html.indexOf("</script>"));
    String style = html.substring(html.indexOf("<style>") + 7, html.indexOf("</style>"));
    assertThat(html).contains("content=\"default-src 'none'; style-src '" + HtmlReporter.sha256(style)
        + "'; script-src '" + HtmlReporter.sha256(script) + "'; img-src data:; base-uri 'none'; form-action 'none'\"");
  }

  @Test
  void showsCardsChartsTableAndRuleExplanations() {
    String html = ReportFixtures.render("html");
    assertThat(html).contains("<span class=\"n\">7</span><span class=\"what\">Findings</span>")
        .contains("<span class=\"n\">2</span><span class=\"what\">Errors</span>")
        .contains("<span class=\"n\">61</span><span class=\"what\">Responses checked</span>");
    assertThat(html).contains("id=\"chart-rules\"").contains("id=\"chart-classes\"").contains("id=\"chart-codes\"")
        .contains("id=\"chart-endpoints\"");
    assertThat(html).contains("Status classes of the 60 responses").contains("200 OK").contains("GET /orders/{id}");
    assertThat(count(html, "<tr data-severity=")).isEqualTo(ReportFixtures.findings().size());
    assertThat(html).contains("<article class=\"rule\" id=\"rule-created-location\">")
        .contains("<h4>Fires</h4>")
        .contains("<strong>Rests on:</strong> RFC 9110 §15.3.2")
        .contains("<article class=\"rule\" id=\"rule-rate-limit-retry-after\">");
  }

  @Test
  void hostileRecordedContentIsOnlyEverText() {
    List<Finding> findings = ReportFixtures.hostileFindings();
    String html = ReportFixtures.render("html", ReportFixtures.hostileContext(), findings,
        ReportFixtures.summary(findings), r -> {});
    assertThat(count(html, "<script")).isEqualTo(1);
    assertThat(html).doesNotContain("<img").doesNotContain("<svg/").doesNotContain("onerror=\"")
        .doesNotContain("href=\"javascript").doesNotContain("<b>bold</b>").doesNotContain("\u2028").doesNotContain("\u2029");
    assertThat(html).contains("&lt;script&gt;window.__pwned=&#39;script&#39;")
        .contains("&quot;&gt;&lt;img src=x onerror=&quot;");
    // Every attribute value the page writes is quoted and holds no raw quote or angle bracket.
    Matcher attrs = Pattern.compile("=\"([^\"]*)\"").matcher(html);
    while (attrs.find()) {
      assertThat(attrs.group(1)).doesNotContain("<").doesNotContain(">");
    }
  }

  @Test
  void keepsTheFirstFindingsOfEachRuleAndAllTheCounts() {
    List<Finding> findings = new ArrayList<>();
    for (String id : List.of("created-location", "rate-limit-retry-after", "status-unregistered")) {
      ActiveRule rule = ReportFixtures.byId(id);
      for (int i = 0; i < 4_000; i++) {
        findings.add(ReportFixtures.finding(rule, id + " finding " + i, Suggestion.text("fix"),
            Location.ofExchange("big.har", i, i + 1, "e" + i, "GET", "https://api.example.com/items/" + i, 201), null));
      }
    }
    String html = ReportFixtures.render("html", ReportFixtures.context(), findings,
        ReportFixtures.summary(findings), r -> {});
    assertThat(count(html, "<tr data-severity=")).isEqualTo(3 * HtmlReporter.SHOWN_PER_RULE);
    assertThat(html).contains("<span class=\"n\">12000</span><span class=\"what\">Findings</span>")
        .contains("(150 of 12000)").contains("created-location (4000)");
    assertThat(html.length()).isLessThan(1_000_000);
  }

  @Test
  void rendersRuleDocumentsWithoutPassingMarkupThrough() {
    assertThat(Html.markdown("# t\n\nSome **bold** and `code`, a [link](https://example.com/x) and <b>tag</b>.\n\n- one\n- [bad](javascript:alert(1))"))
        .isEqualTo("<h3>t</h3><p>Some <strong>bold</strong> and <code>code</code>, a "
            + "<a href=\"https://example.com/x\" rel=\"noopener noreferrer\">link</a> and &lt;b&gt;tag&lt;/b&gt;.</p>"
            + "<ul><li>one</li><li>[bad](javascript:alert(1))</li></ul>");
  }
}
