package io.statuslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.statuslint.finding.Finding;
import io.statuslint.rule.Severity;
import java.io.IOException;
import java.io.Writer;
import java.util.Map;

/**
 * {@code --format json}: one object, {@code {"tool":"statuslint","version":…,"findings":[…],"summary":{…}}}.
 * Findings are written as they come, so the array streams; the summary follows them.
 */
public final class JsonReporter implements Reporter {

  private final Writer out;
  private JsonGenerator g;

  public JsonReporter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ReportContext context) throws IOException {
    g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("tool", "statuslint");
    g.writeStringField("version", context.toolVersion());
    g.writeStringField("command", context.command());
    g.writeArrayFieldStart("inputs");
    for (String input : context.inputs()) {
      g.writeString(input);
    }
    g.writeEndArray();
    g.writeArrayFieldStart("findings");
  }

  @Override
  public void finding(Finding finding) throws IOException {
    FindingJson.write(g, finding);
  }

  @Override
  public void finish(Summary summary) throws IOException {
    g.writeEndArray();
    g.writeObjectFieldStart("summary");
    g.writeNumberField("findings", summary.findings());
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.id(), summary.count(s));
    }
    g.writeNumberField("inputs", summary.inputs());
    g.writeNumberField("unreadableInputs", summary.unreadableInputs());
    g.writeNumberField("exchanges", summary.exchanges());
    g.writeNumberField("skippedEntries", summary.skippedEntries());
    g.writeObjectFieldStart("byRule");
    for (Map.Entry<String, Long> e : summary.byRule().entrySet()) {
      g.writeNumberField(e.getKey(), e.getValue());
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndObject();
    g.flush();
    out.write(System.lineSeparator());
    out.flush();
  }
}
