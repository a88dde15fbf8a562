package io.statuslint.report;

import com.fasterxml.jackson.core.JsonGenerator;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.finding.Reference;
import java.io.IOException;

/**
 * Writes a finding in the JSON shape of DESIGN.md, leaving out what is not known. The JSON and
 * NDJSON reporters, the Flink job and the test kit all write findings through here.
 */
public final class FindingJson {

  private FindingJson() {}

  public static void write(JsonGenerator g, Finding f) throws IOException {
    g.writeStartObject();
    g.writeStringField("rule", f.rule());
    g.writeStringField("severity", f.severity().id());
    g.writeStringField("message", f.message());
    if (f.suggestion() != null) {
      g.writeObjectFieldStart("suggestion");
      if (f.suggestion().code() != null) {
        g.writeNumberField("code", f.suggestion().code());
      }
      g.writeStringField("text", f.suggestion().text());
      g.writeEndObject();
    }
    writeReference(g, f.reference());
    writeLocation(g, f.location());
    if (f.evidence() != null) {
      g.writeStringField("evidence", f.evidence());
    }
    g.writeEndObject();
  }

  private static void writeReference(JsonGenerator g, Reference r) throws IOException {
    g.writeObjectFieldStart("reference");
    optional(g, "guide", r.guide());
    optional(g, "rfc", r.rfc());
    optional(g, "url", r.url());
    g.writeEndObject();
  }

  private static void writeLocation(JsonGenerator g, Location l) throws IOException {
    g.writeObjectFieldStart("location");
    optional(g, "file", l.file());
    positive(g, "line", l.line());
    positive(g, "column", l.column());
    optional(g, "pointer", l.pointer());
    optional(g, "component", l.component());
    if (l.entry() >= 0) {
      g.writeNumberField("entry", l.entry());
    }
    optional(g, "exchangeId", l.exchangeId());
    optional(g, "method", l.method());
    optional(g, "url", l.url());
    if (l.status() >= 0) {
      g.writeNumberField("status", l.status());
    }
    g.writeEndObject();
  }

  private static void optional(JsonGenerator g, String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  private static void positive(JsonGenerator g, String name, long value) throws IOException {
    if (value > 0) {
      g.writeNumberField(name, value);
    }
  }
}
