package io.statuslint.flink;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

/** Writes exchanges as a HAR 1.2 file, as a browser's DevTools export would hold them. */
final class HarFiles {

  private HarFiles() {}

  static void write(Path file, List<Exchange> exchanges) throws IOException {
    try (JsonGenerator g = new JsonFactory().createGenerator(file.toFile(), JsonEncoding.UTF8)) {
      g.useDefaultPrettyPrinter(); // entries span many lines, so their line numbers differ from their index
      g.writeStartObject();
      g.writeObjectFieldStart("log");
      g.writeStringField("version", "1.2");
      g.writeObjectFieldStart("creator");
      g.writeStringField("name", "statuslint-test");
      g.writeStringField("version", "1");
      g.writeEndObject();
      g.writeArrayFieldStart("entries");
      for (Exchange e : exchanges) {
        g.writeStartObject();
        g.writeStringField("startedDateTime", "2026-03-02T09:14:08.402Z");
        g.writeNumberField("time", 12);
        g.writeObjectFieldStart("request");
        g.writeStringField("method", e.request().method());
        g.writeStringField("url", e.request().url());
        g.writeStringField("httpVersion", "HTTP/1.1");
        headers(g, e.request().headers());
        g.writeArrayFieldStart("queryString");
        g.writeEndArray();
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", -1);
        g.writeEndObject();
        g.writeObjectFieldStart("response");
        g.writeNumberField("status", e.hasResponse() ? e.response().status() : 0);
        g.writeStringField("statusText", "");
        g.writeStringField("httpVersion", "HTTP/1.1");
        headers(g, e.hasResponse() ? e.response().headers() : Headers.empty());
        g.writeObjectFieldStart("content");
        Body body = e.hasResponse() ? e.response().body() : Body.absent();
        g.writeNumberField("size", Math.max(0, body.size()));
        String type = e.hasResponse() ? e.response().headers().first("Content-Type") : null;
        g.writeStringField("mimeType", type == null ? "" : type);
        if (body.isReadable()) {
          g.writeStringField("text", body.text());
        }
        g.writeEndObject();
        g.writeStringField("redirectURL", "");
        g.writeNumberField("headersSize", -1);
        g.writeNumberField("bodySize", -1);
        g.writeEndObject();
        g.writeObjectFieldStart("cache");
        g.writeEndObject();
        g.writeObjectFieldStart("timings");
        g.writeNumberField("send", 0);
        g.writeNumberField("wait", 10);
        g.writeNumberField("receive", 2);
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
  }

  private static void headers(JsonGenerator g, Headers headers) throws IOException {
    g.writeArrayFieldStart("headers");
    for (int i = 0; i < headers.size(); i++) {
      g.writeStartObject();
      g.writeStringField("name", headers.name(i));
      g.writeStringField("value", headers.value(i));
      g.writeEndObject();
    }
    g.writeEndArray();
  }
}
