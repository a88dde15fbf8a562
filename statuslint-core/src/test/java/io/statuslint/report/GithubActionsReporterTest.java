package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.rule.Suggestion;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * GitHub Actions workflow commands, read back with a parser that follows the runner's rules: a
 * command is one line {@code ::name key=value,key=value::data}; the runner splits properties on
 * {@code ,} and {@code =} and then unescapes {@code %25 %0D %0A %3A %2C}, and unescapes {@code %25
 * %0D %0A} in the data.
 */
class GithubActionsReporterTest {

  record Command(String name, Map<String, String> properties, String data) {}

  /** The runner's parsing of one output line, or null when the line is not a command. */
  static Command parse(String line) {
    if (!line.startsWith("::")) {
      return null;
    }
    int end = line.indexOf("::", 2);
    if (end < 0) {
      return null;
    }
    String head = line.substring(2, end);
    String data = line.substring(end + 2);
    int space = head.indexOf(' ');
    String name = space < 0 ? head : head.substring(0, space);
    Map<String, String> props = new LinkedHashMap<>();
    if (space >= 0) {
      for (String pair : head.substring(space + 1).split(",")) {
        int eq = pair.indexOf('=');
        props.put(pair.substring(0, eq), unescapeProperty(pair.substring(eq + 1)));
      }
    }
    return new Command(name, props, unescapeData(data));
  }

  private static String unescapeData(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%25", "%");
  }

  private static String unescapeProperty(String s) {
    return s.replace("%0D", "\r").replace("%0A", "\n").replace("%3A", ":").replace("%2C", ",").replace("%25", "%");
  }

  private static List<Command> commands(String output) {
    List<Command> out = new ArrayList<>();
    for (String line : output.split("\n", -1)) {
      Command c = parse(line);
      if (c != null) {
        out.add(c);
      }
    }
    return out;
  }

  @Test
  void oneAnnotationPerFindingWithFileLineAndLevel() {
    String out = ReportFixtures.render("github");
    List<Command> commands = commands(out);
    assertThat(commands).hasSize(ReportFixtures.findings().size());
    Command retry = commands.get(1);
    assertThat(retry.name()).isEqualTo("error");
    assertThat(retry.properties()).containsEntry("file", "recordings/traffic.har").containsEntry("line", "310")
        .containsEntry("title", "rate-limit-retry-after");
    assertThat(retry.data()).startsWith("429 Too Many Requests without Retry-After")
        .contains("\nrequest: GET https://api.example.com/orders/42?page=2 → 429 (entry 7)")
        .contains("\nfix: add Retry-After with the seconds to wait");
    assertThat(commands.get(3).properties()).containsEntry("file", "api.yaml").containsEntry("line", "40")
        .containsEntry("col", "9");
    assertThat(commands.get(5).properties()).doesNotContainKey("file");
    assertThat(commands.get(6).name()).isEqualTo("notice");
    assertThat(out).endsWith("statuslint demo: 7 findings (2 errors, 4 warnings, 1 info) in 2 inputs\n");
  }

  @Test
  void escapesPercentCarriageReturnAndNewlineInTheMessageAndColonAndCommaInProperties() {
    Finding f = ReportFixtures.finding(ReportFixtures.byId("created-location"),
        "100% broken\r\nsecond line", Suggestion.text("a, b: c"),
        Location.ofExchange("dir:with,odd%chars.har", 1, 7, "x", "POST", "https://api.example.com/o?a=1,2", 201),
        null);
    String out = ReportFixtures.render("github", ReportFixtures.context(), List.of(f),
        ReportFixtures.summary(List.of(f)), r -> {});
    String line = out.split("\n")[0];
    assertThat(line).startsWith("::warning file=dir%3Awith%2Codd%25chars.har,line=7,title=created-location::");
    assertThat(line).contains("100%25 broken");
    Command c = parse(line);
    assertThat(c.properties().get("file")).isEqualTo("dir:with,odd%chars.har");
    // Control characters inside one field become spaces; the report's own line breaks survive as %0A.
    assertThat(c.data()).startsWith("100% broken second line\nrequest: POST https://api.example.com/o?a=1,2 → 201");
    assertThat(GithubActionsReporter.escapeData("%\r\n")).isEqualTo("%25%0D%0A");
    assertThat(GithubActionsReporter.escapeProperty("a:b,c%")).isEqualTo("a%3Ab%2Cc%25");
  }

  @Test
  void hostileContentCannotStartAnotherCommand() {
    List<Finding> findings = ReportFixtures.hostileFindings();
    String out = ReportFixtures.render("github", ReportFixtures.hostileContext(), findings,
        ReportFixtures.summary(findings), r -> {});
    String[] lines = out.split("\n");
    assertThat(lines).hasSize(findings.size() + 1);
    // The runner only reads a command at the start of a line: every line is ours, one per finding,
    // and the payload's "::add-mask::" and line breaks stay inside the message.
    for (int i = 0; i < findings.size(); i++) {
      assertThat(lines[i]).doesNotContain("\r");
      Command c = parse(lines[i]);
      assertThat(c.name()).isEqualTo(i < findings.size() - 1 ? "error" : "warning");
      assertThat(c.data()).startsWith(i < findings.size() - 1 ? "429 without Retry-After" : "<script>");
    }
    assertThat(parse(lines[6]).data()).contains("::add-mask::x").doesNotContain("\r");
  }
}
