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
import io.statuslint.model.ResourceHint;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Base64;
import java.util.Objects;

/**
 * Writes exchanges as statuslint's NDJSON exchange log, one line each (the probe and proxy record
 * with it; {@link NdjsonExchangeReader} reads it back). Bodies are written as text when they are
 * valid UTF-8, else as base64 with {@code "decoded":true} when the message carries a Content-Encoding
 * (exchange bodies are already decoded). Bodies longer than the cap are written as truncated
 * prefixes with their full size. Thread-safe: lines from concurrent callers never interleave.
 */
public final class NdjsonExchangeWriter implements Closeable, Flushable {

  private static final JsonFactory FACTORY = new JsonFactory();

  private final OutputStream out;
  private final int maxBodyBytes;
  private final ByteArrayOutputStream line = new ByteArrayOutputStream(1024);

  /** A writer that keeps bodies up to {@link ReaderOptions#DEFAULT_MAX_BODY_BYTES}. */
  public NdjsonExchangeWriter(OutputStream out) {
    this(out, ReaderOptions.DEFAULT_MAX_BODY_BYTES);
  }

  public NdjsonExchangeWriter(OutputStream out, int maxBodyBytes) {
    this.out = Objects.requireNonNull(out, "out");
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    this.maxBodyBytes = maxBodyBytes;
  }

  /** Writes one exchange as one line. */
  public synchronized void write(Exchange exchange) throws IOException {
    line.reset();
    try (JsonGenerator g = FACTORY.createGenerator(line, JsonEncoding.UTF8)) {
      writeExchange(g, exchange, maxBodyBytes);
    }
    line.write('\n');
    line.writeTo(out);
  }

  /** The line for one exchange, without its newline (for logs and tests). */
  public static String toLine(Exchange exchange) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream(1024);
    try (JsonGenerator g = FACTORY.createGenerator(buffer, JsonEncoding.UTF8)) {
      writeExchange(g, exchange, ReaderOptions.DEFAULT_MAX_BODY_BYTES);
    } catch (IOException cannotHappenInMemory) {
      throw new IllegalStateException(cannotHappenInMemory);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }

  private static void writeExchange(JsonGenerator g, Exchange e, int maxBodyBytes) throws IOException {
    g.writeStartObject();
    g.writeNumberField("v", NdjsonLineParser.VERSION);
    if (e.origin().exchangeId() != null) {
      g.writeStringField("id", e.origin().exchangeId());
    }
    if (e.resourceHint() != ResourceHint.UNKNOWN) {
      g.writeStringField("resource", resourceName(e.resourceHint()));
    }
    HttpRequest req = e.request();
    g.writeObjectFieldStart("request");
    g.writeStringField("method", req.method());
    g.writeStringField("url", req.url());
    writeHeaders(g, req.headers());
    if (req.headersProvisional()) {
      g.writeBooleanField("partialHeaders", true);
    }
    writeBody(g, req.body(), req.headers(), maxBodyBytes);
    g.writeEndObject();
    HttpResponse resp = e.response();
    if (resp == null) {
      g.writeNullField("response");
    } else {
      g.writeObjectFieldStart("response");
      g.writeNumberField("status", resp.status());
      if (!resp.reason().isEmpty()) {
        g.writeStringField("reason", resp.reason());
      }
      writeHeaders(g, resp.headers());
      writeBody(g, resp.body(), resp.headers(), maxBodyBytes);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private static void writeHeaders(JsonGenerator g, Headers headers) throws IOException {
    g.writeArrayFieldStart("headers");
    for (int i = 0; i < headers.size(); i++) {
      g.writeStartArray();
      g.writeString(headers.name(i));
      g.writeString(headers.value(i));
      g.writeEndArray();
    }
    g.writeEndArray();
  }

  private static void writeBody(JsonGenerator g, Body body, Headers headers, int maxBodyBytes) throws IOException {
    g.writeObjectFieldStart("body");
    switch (body.state()) {
      case ABSENT:
        g.writeStringField("state", "absent");
        break;
      case UNKNOWN:
        g.writeStringField("state", "unknown");
        break;
      default:
        writeContent(g, body, headers, maxBodyBytes);
    }
    g.writeEndObject();
  }

  private static void writeContent(JsonGenerator g, Body body, Headers headers, int maxBodyBytes) throws IOException {
    byte[] bytes = body.bytes();
    boolean truncated = body.state() == Body.State.TRUNCATED || bytes.length > maxBodyBytes;
    long size = body.state() == Body.State.TRUNCATED ? body.size() : bytes.length;
    if (bytes.length > maxBodyBytes) {
      bytes = Arrays.copyOf(bytes, maxBodyBytes);
    }
    if (truncated) {
      g.writeStringField("state", "truncated");
      if (size >= 0) {
        g.writeNumberField("size", size);
      }
    }
    String contentType = headers.first("Content-Type");
    String text = asUtf8Text(bytes, contentType, truncated);
    if (text != null) {
      g.writeStringField("text", text);
      return;
    }
    g.writeStringField("base64", Base64.getEncoder().encodeToString(bytes));
    if (!BodyDecoder.isIdentity(String.join(", ", headers.all("Content-Encoding")))) {
      // Exchange bodies hold content, not the coded bytes: a reader must not inflate them again.
      g.writeBooleanField("decoded", true);
    }
  }

  /**
   * The bytes as text when that loses nothing: UTF-8 (or no charset) and valid UTF-8; binary media
   * types and other charsets go as base64 so the reader gets the same bytes back.
   */
  private static String asUtf8Text(byte[] bytes, String contentType, boolean prefix) {
    String essence = MediaTypes.essence(contentType);
    if (essence != null && !MediaTypes.isTextual(essence)) {
      return null;
    }
    Charset charset = MediaTypes.charset(contentType);
    if (!charset.equals(StandardCharsets.UTF_8) && !charset.equals(StandardCharsets.US_ASCII)) {
      return null;
    }
    int length = bytes.length;
    if (prefix) {
      // A cut may split a multi-byte character: drop its leading bytes rather than go base64.
      int i = length - 1;
      int continuation = 0;
      while (i >= 0 && continuation < 3 && (bytes[i] & 0xC0) == 0x80) {
        i--;
        continuation++;
      }
      if (i >= 0) {
        int lead = bytes[i] & 0xff;
        int needed = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : lead >= 0xC0 ? 2 : 1;
        if (needed > continuation + 1) {
          length = i;
        }
      }
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes, 0, length))
          .toString();
    } catch (CharacterCodingException binary) {
      return null;
    }
  }

  private static String resourceName(ResourceHint hint) {
    switch (hint) {
      case DOCUMENT:
        return "document";
      case API:
        return "api";
      case STATIC_ASSET:
        return "static";
      default:
        return "unknown";
    }
  }

  @Override
  public synchronized void flush() throws IOException {
    out.flush();
  }

  @Override
  public synchronized void close() throws IOException {
    out.close();
  }
}
