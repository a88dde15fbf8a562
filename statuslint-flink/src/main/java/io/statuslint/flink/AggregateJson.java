package io.statuslint.flink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * A row of the aggregate table as one NDJSON line:
 * <pre>{"rule":"rate-limit-retry-after","severity":"error","endpoint":"GET /search","status":429,"count":1234,
 *  "examples":[{"file":"gw-01.ndjson","line":18,"entry":17,"exchangeId":"r-17","url":"https://…/search?q=a"}],
 *  "window":{"start":"2026-03-02T09:00:00Z","end":"2026-03-02T09:05:00Z"}}</pre>
 * ({@code window} in streaming mode only). {@link #read} parses it back, for the local report and tests.
 */
final class AggregateJson {

  private static final JsonFactory FACTORY = new JsonFactory();
  private static final ObjectMapper MAPPER = new ObjectMapper();

  private AggregateJson() {}

  static String write(FindingAggregate a) {
    StringWriter w = new StringWriter(256);
    try (JsonGenerator g = FACTORY.createGenerator(w)) {
      g.writeStartObject();
      g.writeStringField("rule", a.rule);
      g.writeStringField("severity", a.severity);
      g.writeStringField("endpoint", a.endpoint);
      g.writeNumberField("status", a.status);
      g.writeNumberField("count", a.count);
      g.writeArrayFieldStart("examples");
      for (ExampleExchange e : a.examples) {
        g.writeStartObject();
        if (e.file != null) {
          g.writeStringField("file", e.file);
        }
        if (e.line > 0) {
          g.writeNumberField("line", e.line);
        }
        if (e.entry >= 0) {
          g.writeNumberField("entry", e.entry);
        }
        if (e.exchangeId != null) {
          g.writeStringField("exchangeId", e.exchangeId);
        }
        if (e.url != null) {
          g.writeStringField("url", e.url);
        }
        g.writeEndObject();
      }
      g.writeEndArray();
      if (a.windowStart >= 0) {
        g.writeObjectFieldStart("window");
        g.writeStringField("start", Instant.ofEpochMilli(a.windowStart).toString());
        g.writeStringField("end", Instant.ofEpochMilli(a.windowEnd).toString());
        g.writeEndObject();
      }
      g.writeEndObject();
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return w.toString();
  }

  static FindingAggregate read(String line) throws IOException {
    JsonNode n = MAPPER.readTree(line);
    FindingAggregate a = new FindingAggregate();
    a.rule = n.path("rule").asText();
    a.severity = n.path("severity").asText();
    a.endpoint = n.path("endpoint").asText();
    a.status = n.path("status").asInt();
    a.count = n.path("count").asLong();
    List<ExampleExchange> examples = new ArrayList<>();
    for (JsonNode x : n.path("examples")) {
      ExampleExchange e = new ExampleExchange();
      e.file = x.hasNonNull("file") ? x.get("file").asText() : null;
      e.line = x.path("line").asLong(-1);
      e.entry = x.path("entry").asLong(-1);
      e.exchangeId = x.hasNonNull("exchangeId") ? x.get("exchangeId").asText() : null;
      e.url = x.hasNonNull("url") ? x.get("url").asText() : null;
      examples.add(e);
    }
    a.examples = examples.toArray(new ExampleExchange[0]);
    if (n.has("window")) {
      a.windowStart = Instant.parse(n.path("window").path("start").asText()).toEpochMilli();
      a.windowEnd = Instant.parse(n.path("window").path("end").asText()).toEpochMilli();
    }
    return a;
  }
}
