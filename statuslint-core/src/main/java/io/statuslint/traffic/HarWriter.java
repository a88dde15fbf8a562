package io.statuslint.traffic;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;

/**
 * Writes exchanges as a HAR 1.2 log, one entry at a time with Jackson's streaming generator, so a
 * recording of any length costs constant memory. The log is valid JSON once {@link #close()} ran.
 *
 * <p>Bodies are written as HAR expects them, decoded ({@code content.text}; binary content as
 * base64 with {@code encoding}). A body known only as a prefix is written as that prefix with
 * {@code content.size} the full size where known, and marked {@code "_truncated": true} (HAR allows
 * custom fields that start with an underscore). An unknown body has no {@code text}.
 */
public final class HarWriter implements Closeable {

  /** When the exchange started, and how long it waited for the first response byte and then read. */
  public record Timing(Instant started, double sendMillis, double waitMillis, double receiveMillis) {}

  private final JsonGenerator json;
  private boolean closed;

  public HarWriter(OutputStream out, String creatorVersion) throws IOException {
    json = new JsonFactory().createGenerator(out, JsonEncoding.UTF8);
    json.writeStartObject();
    json.writeObjectFieldStart("log");
    json.writeStringField("version", "1.2");
    json.writeObjectFieldStart("creator");
    json.writeStringField("name", "statuslint");
    json.writeStringField("version", creatorVersion == null ? "dev" : creatorVersion);
    json.writeEndObject();
    json.writeArrayFieldStart("entries");
  }

  public void write(Exchange e, Timing t) throws IOException {
    HttpRequest q = e.request();
    json.writeStartObject();
    json.writeStringField("startedDateTime", t.started().toString());
    json.writeNumberField("time", round(t.sendMillis() + t.waitMillis() + t.receiveMillis()));
    if (e.id() != null) {
      json.writeStringField("_id", e.id());
    }
    json.writeObjectFieldStart("request");
    json.writeStringField("method", q.method());
    json.writeStringField("url", q.url());
    json.writeStringField("httpVersion", "HTTP/1.1");
    json.writeArrayFieldStart("cookies");
    json.writeEndArray();
    headers(q.headers());
    queryString(q.url());
    if (q.body().isReadable()) {
      json.writeObjectFieldStart("postData");
      json.writeStringField("mimeType", nonNull(q.headers().first("Content-Type")));
      json.writeStringField("text", q.body().text());
      if (q.body().state() == Body.State.TRUNCATED) {
        json.writeBooleanField("_truncated", true);
      }
      json.writeEndObject();
    }
    json.writeNumberField("headersSize", -1);
    json.writeNumberField("bodySize", q.body().state() == Body.State.ABSENT ? 0 : q.body().size());
    json.writeEndObject();
    response(e.response());
    json.writeObjectFieldStart("cache");
    json.writeEndObject();
    json.writeObjectFieldStart("timings");
    json.writeNumberField("send", round(t.sendMillis()));
    json.writeNumberField("wait", round(t.waitMillis()));
    json.writeNumberField("receive", round(t.receiveMillis()));
    json.writeEndObject();
    json.writeEndObject();
  }

  private void response(HttpResponse s) throws IOException {
    json.writeObjectFieldStart("response");
    if (s == null) {
      // HAR's convention for "no response received".
      json.writeNumberField("status", 0);
      json.writeStringField("statusText", "");
      json.writeStringField("httpVersion", "");
      json.writeArrayFieldStart("cookies");
      json.writeEndArray();
      json.writeArrayFieldStart("headers");
      json.writeEndArray();
      json.writeObjectFieldStart("content");
      json.writeNumberField("size", 0);
      json.writeStringField("mimeType", "");
      json.writeEndObject();
      json.writeStringField("redirectURL", "");
      json.writeNumberField("headersSize", -1);
      json.writeNumberField("bodySize", -1);
      json.writeEndObject();
      return;
    }
    json.writeNumberField("status", s.status());
    json.writeStringField("statusText", s.reason());
    json.writeStringField("httpVersion", "HTTP/1.1");
    json.writeArrayFieldStart("cookies");
    json.writeEndArray();
    headers(s.headers());
    String type = s.headers().first("Content-Type");
    Body b = s.body();
    json.writeObjectFieldStart("content");
    long size = b.state() == Body.State.ABSENT ? 0 : b.size();
    json.writeNumberField("size", size >= 0 ? size : b.bytes().length);
    json.writeStringField("mimeType", nonNull(type));
    if (b.isReadable()) {
      if (MediaTypes.isTextual(MediaTypes.essence(type)) || type == null && looksLikeText(b.bytes())) {
        json.writeStringField("text", b.text());
      } else {
        json.writeStringField("text", Base64.getEncoder().encodeToString(b.bytes()));
        json.writeStringField("encoding", "base64");
      }
      if (b.state() == Body.State.TRUNCATED) {
        json.writeBooleanField("_truncated", true);
      }
    }
    json.writeEndObject();
    json.writeStringField("redirectURL", nonNull(s.headers().first("Location")));
    json.writeNumberField("headersSize", -1);
    json.writeNumberField("bodySize", -1);
    json.writeEndObject();
  }

  private void headers(Headers h) throws IOException {
    json.writeArrayFieldStart("headers");
    for (int i = 0; i < h.size(); i++) {
      json.writeStartObject();
      json.writeStringField("name", h.name(i));
      json.writeStringField("value", h.value(i));
      json.writeEndObject();
    }
    json.writeEndArray();
  }

  private void queryString(String url) throws IOException {
    json.writeArrayFieldStart("queryString");
    int q = url.indexOf('?');
    if (q >= 0) {
      int hash = url.indexOf('#', q);
      String query = hash < 0 ? url.substring(q + 1) : url.substring(q + 1, hash);
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        json.writeStartObject();
        json.writeStringField("name", decode(eq < 0 ? pair : pair.substring(0, eq)));
        json.writeStringField("value", eq < 0 ? "" : decode(pair.substring(eq + 1)));
        json.writeEndObject();
      }
    }
    json.writeEndArray();
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return s;
    }
  }

  private static boolean looksLikeText(byte[] bytes) {
    int n = Math.min(bytes.length, 512);
    for (int i = 0; i < n; i++) {
      int c = bytes[i] & 0xff;
      if (c < 0x09 || (c > 0x0d && c < 0x20)) {
        return false;
      }
    }
    return true;
  }

  private static String nonNull(String s) {
    return s == null ? "" : s;
  }

  private static double round(double ms) {
    return Math.max(0, Math.round(ms * 1000) / 1000.0);
  }

  public void flush() throws IOException {
    json.flush();
  }

  /** Ends the log (valid JSON from here on) and closes the stream. */
  @Override
  public void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    json.writeEndArray();
    json.writeEndObject();
    json.writeEndObject();
    json.close();
  }
}
