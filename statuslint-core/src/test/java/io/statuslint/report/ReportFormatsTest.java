package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;
import org.junit.jupiter.api.Test;

class ReportFormatsTest {

  @Test
  void everyFormatHasItsReporter() {
    assertThat(ReportFormats.names()).containsExactly("text", "json", "ndjson", "sarif", "junit", "github", "markdown", "html");
    assertThat(ReportFormats.create("sarif", new StringWriter())).isInstanceOf(SarifReporter.class);
    assertThat(ReportFormats.create("junit", new StringWriter())).isInstanceOf(JunitReporter.class);
    assertThat(ReportFormats.create("github", new StringWriter())).isInstanceOf(GithubActionsReporter.class);
    assertThat(ReportFormats.create("markdown", new StringWriter())).isInstanceOf(MarkdownReporter.class);
    assertThat(ReportFormats.create("html", new StringWriter())).isInstanceOf(HtmlReporter.class);
  }
}
