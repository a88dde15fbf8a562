package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import io.statuslint.finding.Finding;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Opens HTML reports in headless Chromium (Debian packages {@code chromium} and
 * {@code chromium-driver}): no console errors, the charts render, filtering works, and a report of
 * hostile recorded content runs none of it. Screenshots land in {@code target/html-report/}.
 *
 * <p>Skipped when {@code /usr/bin/chromium} is missing, unless {@code -Dstatuslint.requireTools=true}
 * (as CI runs it), which turns the missing browser into a failure.
 */
class HtmlReportBrowserTest {

  private static final Path OUT = Path.of("target/html-report");
  private static HeadlessChromium chromium;

  @BeforeAll
  static void startChromium() throws Exception {
    if (!Files.isExecutable(HeadlessChromium.BINARY)) {
      String why = HeadlessChromium.BINARY + " is missing: install the Debian packages chromium and chromium-driver";
      if (Boolean.getBoolean("statuslint.requireTools")) {
        fail(why + " (statuslint.requireTools=true)");
      }
      Assumptions.abort(why + "; skipping the browser checks of the HTML report");
    }
    chromium = new HeadlessChromium(OUT);
  }

  @AfterAll
  static void stopChromium() {
    if (chromium != null) {
      chromium.close();
    }
  }

  private static Path write(String name, String html) throws Exception {
    Files.createDirectories(OUT);
    Path file = OUT.resolve(name);
    Files.writeString(file, html, StandardCharsets.UTF_8);
    return file;
  }

  @Test
  void rendersChartsAndTableWithoutConsoleErrors() throws Exception {
    chromium.open(write("report.html", ReportFixtures.render("html")));
    assertThat(chromium.problems()).isEmpty();
    // The script ran (its CSP hash matched) and every chart drew bars of real size.
    assertThat(chromium.evaluate("document.documentElement.getAttribute('data-ready')").asText()).isEqualTo("true");
    JsonNode charts = chromium.evaluate("""
        Array.from(document.querySelectorAll('svg.chart')).map(svg => ({
          id: svg.id,
          width: svg.getBoundingClientRect().width,
          bars: Array.from(svg.querySelectorAll('rect.bar')).filter(r => {
            const b = r.getBoundingClientRect(); return b.width > 0 && b.height > 0; }).length }))""");
    List<String> ids = new ArrayList<>();
    charts.forEach(c -> {
      ids.add(c.path("id").asText());
      assertThat(c.path("width").asDouble()).as(c.path("id").asText()).isGreaterThan(200);
      assertThat(c.path("bars").asInt()).as(c.path("id").asText()).isPositive();
    });
    assertThat(ids).containsExactly("chart-rules", "chart-classes", "chart-codes", "chart-endpoints");
    assertThat(chromium.evaluate("document.querySelectorAll('#chart-rules rect.bar').length").asInt()).isEqualTo(5);
    assertThat(chromium.evaluate("document.getElementById('shown-count').textContent").asText()).isEqualTo("7 of 7 shown");
    chromium.screenshot(OUT.resolve("report.png"));

    // Filtering by severity and sorting by a column work on the rendered table.
    String visible = "Array.from(document.querySelectorAll('#findings tbody tr')).filter(r => !r.hidden)";
    chromium.evaluate("const s = document.getElementById('filter-severity'); s.value = 'error';"
        + " s.dispatchEvent(new Event('change')); true");
    assertThat(chromium.evaluate(visible + ".length").asInt()).isEqualTo(2);
    assertThat(chromium.evaluate(visible + ".every(r => r.dataset.severity === 'error')").asBoolean()).isTrue();
    chromium.evaluate("const s2 = document.getElementById('filter-severity'); s2.value = '';"
        + " s2.dispatchEvent(new Event('change'));"
        + " const t = document.getElementById('filter-text'); t.value = 'api.yaml'; t.dispatchEvent(new Event('input')); true");
    assertThat(chromium.evaluate(visible + ".length").asInt()).isEqualTo(2);
    chromium.evaluate("document.getElementById('filter-text').value = '';"
        + " document.getElementById('filter-text').dispatchEvent(new Event('input'));"
        + " document.querySelector('th[data-sort=rank]').click(); true");
    String first = "document.querySelector('#findings tbody tr').dataset.severity";
    assertThat(chromium.evaluate(first).asText()).isEqualTo("error");
    chromium.evaluate("document.querySelector('th[data-sort=rank]').click(); true");
    assertThat(chromium.evaluate(first).asText()).isEqualTo("info");
    assertThat(chromium.evaluate("document.querySelector('th[data-sort=rank]').getAttribute('aria-sort')").asText())
        .isEqualTo("descending");
    assertThat(chromium.problems()).isEmpty();
  }

  @Test
  void aReportOfHostileRecordedContentRunsNoneOfIt() throws Exception {
    List<Finding> findings = ReportFixtures.hostileFindings();
    String html = ReportFixtures.render("html", ReportFixtures.hostileContext(), findings,
        ReportFixtures.summary(findings), r -> {});
    chromium.open(write("hostile.html", html));
    assertThat(chromium.problems()).as("console errors, exceptions or CSP violations").isEmpty();
    assertThat(chromium.evaluate("typeof window.__pwned").asText()).isEqualTo("undefined");
    assertThat(chromium.evaluate("document.title").asText()).startsWith("statuslint check report");
    assertThat(chromium.evaluate("document.scripts.length").asInt()).isEqualTo(1);
    assertThat(chromium.evaluate("document.querySelectorAll('img, iframe, object, embed, body svg:not(.chart)').length").asInt())
        .isZero();
    assertThat(chromium.evaluate("Array.from(document.querySelectorAll('[href]')).filter(a =>"
        + " !/^(#rule-[a-z0-9-]+|https:\\/\\/statuslint\\.io\\/rules\\/[a-z0-9-]+)$/.test(a.getAttribute('href'))).length").asInt())
        .isZero();
    assertThat(chromium.evaluate("Array.from(document.querySelectorAll('*')).filter(e =>"
        + " Array.from(e.attributes).some(a => a.name.startsWith('on'))).length").asInt()).isZero();
    // The payloads are on the page, as text.
    assertThat(chromium.evaluate("document.body.textContent.includes(\"<script>window.__pwned='script'\")").asBoolean())
        .isTrue();
    assertThat(chromium.evaluate("document.documentElement.getAttribute('data-ready')").asText()).isEqualTo("true");
    chromium.screenshot(OUT.resolve("hostile.png"));
  }
}
