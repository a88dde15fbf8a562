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
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Base64;
import java.util.Objects;

/**
 * Writes exchanges as a HAR 1.2 file, streaming: entries go out as they come, and {@link #close()}
 * ends the document. What {@link HarReader} reads back is what was written: the exchange id as
 * {@code _id}, bodies as text (or base64 when they are not UTF-8 text), an unknown body without
 * {@code content.text}, a truncated one as its size alone (a prefix read back would pass for the
 * whole body), {@code bodySize} as the bytes that followed the response (the only body fact HAR
 * readers trust for 304 and HEAD), and status 0 for a request that got no response.
 *
 * <p>Credentials never reach the file (unless a caller asks to keep them): Authorization,
 * Proxy-Authorization, Cookie, Set-Cookie and API-key fields, and secret-looking query parameters,
 * are redacted by {@link SecretRedactor}, the one place that decides what a secret is.
 * Thread-safe: entries from concurrent callers never interleave.
 */
public final class HarWriter implements Closeable {

  static final String REDACTED = SecretRedactor.MASK;

  private static final JsonFactory FACTORY = new JsonFactory();

  private final JsonGenerator g;
  private final int maxBodyBytes;
  private final boolean redact;
  private boolean closed;

  /** A writer that records {@code creator} (name and version) and keeps bodies up to 1 MiB. */
  public HarWriter(OutputStream out, String creatorName, String creatorVersion) throws IOException {
    this(out, creatorName, creatorVersion, ReaderOptions.DEFAULT_MAX_BODY_BYTES);
  }

  public HarWriter(OutputStream out, String creatorName, String creatorVersion, int maxBodyBytes)
      throws IOException {
    this(out, creatorName, creatorVersion, maxBodyBytes, true);
  }

  /**
   * A writer that redacts credentials with {@link SecretRedactor} unless {@code redactSecrets} is
   * false (the proxy's {@code --keep-secrets}).
   */
  public HarWriter(OutputStream out, String creatorName, String creatorVersion, int maxBodyBytes,
      boolean redactSecrets) throws IOException {
    Objects.requireNonNull(out, "out");
    this.redact = redactSecrets;
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive");
    }
    this.maxBodyBytes = maxBodyBytes;
    this.g = FACTORY.createGenerator(out, JsonEncoding.UTF8);
    g.writeStartObject();
    g.writeObjectFieldStart("log");
    g.writeStringField("version", "1.2");
    g.writeObjectFieldStart("creator");
    g.writeStringField("name", creatorName);
    g.writeStringField("version", creatorVersion == null ? "" : creatorVersion);
    g.writeEndObject();
    g.writeArrayFieldStart("entries");
  }

  /** Writes one entry, started now, without timing or comment. */
  public void write(Exchange exchange) throws IOException {
    write(exchange, Instant.now(), -1, null);
  }

  /**
   * Writes one entry.
   *
   * @param millis how long the exchange took, or -1 when unknown
   * @param comment why the request was sent, or {@code null}
   */
  public synchronized void write(Exchange e, Instant started, long millis, String comment) throws IOException {
    if (closed) {
      throw new IOException("the HAR file is already closed");
    }
    g.writeStartObject();
    if (e.id() != null) {
      g.writeStringField("_id", e.id());
    }
    g.writeStringField("startedDateTime", started.toString());
    g.writeNumberField("time", Math.max(0, millis));
    writeRequest(e.request());
    writeResponse(e.request(), e.response());
    g.writeObjectFieldStart("cache");
    g.writeEndObject();
    g.writeObjectFieldStart("timings");
    g.writeNumberField("send", 0);
    g.writeNumberField("wait", Math.max(0, millis));
    g.writeNumberField("receive", 0);
    g.writeEndObject();
    if (comment != null && !comment.isEmpty()) {
      g.writeStringField("comment", comment);
    }
    g.writeEndObject();
  }

  public synchronized void flush() throws IOException {
    g.flush();
  }

  /** Ends the document and closes the stream. */
  @Override
  public synchronized void close() throws IOException {
    if (closed) {
      return;
    }
    closed = true;
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.close();
  }

  private void writeRequest(HttpRequest r) throws IOException {
    g.writeObjectFieldStart("request");
    g.writeStringField("method", r.method());
    g.writeStringField("url", redactQuery(r.url()));
    g.writeStringField("httpVersion", "HTTP/1.1");
    g.writeArrayFieldStart("cookies");
    g.writeEndArray();
    writeHeaders(r.headers());
    writeQuery(r.url());
    g.writeNumberField("headersSize", -1);
    Body body = r.body();
    g.writeNumberField("bodySize", bodySize(body));
    if (body.isReadable() && body.state() == Body.State.COMPLETE) {
      g.writeObjectFieldStart("postData");
      String type = r.headers().first("Content-Type");
      g.writeStringField("mimeType", type == null ? "" : type);
      writeText(body, type);
      g.writeEndObject();
    }
    g.writeEndObject();
  }

  private void writeResponse(HttpRequest request, HttpResponse r) throws IOException {
    g.writeObjectFieldStart("response");
    if (r == null) {
      g.writeNumberField("status", 0);
      g.writeStringField("statusText", "");
      g.writeStringField("httpVersion", "");
      g.writeArrayFieldStart("cookies");
      g.writeEndArray();
      g.writeArrayFieldStart("headers");
      g.writeEndArray();
      g.writeObjectFieldStart("content");
      g.writeNumberField("size", 0);
      g.writeStringField("mimeType", "");
      g.writeEndObject();
      g.writeStringField("redirectURL", "");
      g.writeNumberField("headersSize", -1);
      g.writeNumberField("bodySize", -1);
      g.writeEndObject();
      return;
    }
    g.writeNumberField("status", r.status());
    g.writeStringField("statusText", r.reason());
    g.writeStringField("httpVersion", "HTTP/1.1");
    g.writeArrayFieldStart("cookies");
    g.writeEndArray();
    writeHeaders(r.headers());
    Body body = r.body();
    String type = r.headers().first("Content-Type");
    g.writeObjectFieldStart("content");
    g.writeNumberField("size", Math.max(0, body.size()));
    g.writeStringField("mimeType", type == null ? "" : type);
    if (body.state() == Body.State.COMPLETE) {
      writeText(body, type);
    } else if (body.state() == Body.State.ABSENT) {
      g.writeStringField("text", "");
    }
    g.writeEndObject();
    String location = r.headers().first("Location");
    g.writeStringField("redirectURL", location == null ? "" : location);
    g.writeNumberField("headersSize", -1);
    g.writeNumberField("bodySize", bodySize(body));
    g.writeEndObject();
  }

  /** Bytes that followed the message: known for absent and complete bodies, -1 otherwise. */
  private static long bodySize(Body body) {
    switch (body.state()) {
      case ABSENT:
        return 0;
      case COMPLETE:
        return body.size();
      case TRUNCATED:
        return body.size() >= 0 ? body.size() : -1;
      default:
        return -1;
    }
  }

  private void writeText(Body body, String contentType) throws IOException {
    byte[] bytes = body.bytes();
    if (bytes.length > maxBodyBytes) {
      // A prefix would read back as the whole body: record the size only.
      return;
    }
    String text = utf8Text(bytes, contentType);
    if (text != null) {
      g.writeStringField("text", text);
    } else {
      g.writeStringField("text", Base64.getEncoder().encodeToString(bytes));
      g.writeStringField("encoding", "base64");
    }
  }

  private static String utf8Text(byte[] bytes, String contentType) {
    String essence = MediaTypes.essence(contentType);
    if (essence != null && !MediaTypes.isTextual(essence)) {
      return null;
    }
    if (!MediaTypes.charset(contentType).equals(StandardCharsets.UTF_8)
        && !MediaTypes.charset(contentType).equals(StandardCharsets.US_ASCII)) {
      return null;
    }
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .onUnmappableCharacter(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(bytes))
          .toString();
    } catch (CharacterCodingException binary) {
      return null;
    }
  }

  private void writeHeaders(Headers headers) throws IOException {
    g.writeArrayFieldStart("headers");
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      g.writeStartObject();
      g.writeStringField("name", name);
      g.writeStringField("value", redactField(name, headers.value(i)));
      g.writeEndObject();
    }
    g.writeEndArray();
  }

  private void writeQuery(String url) throws IOException {
    g.writeArrayFieldStart("queryString");
    int q = url.indexOf('?');
    if (q >= 0) {
      int hash = url.indexOf('#', q);
      String query = url.substring(q + 1, hash < 0 ? url.length() : hash);
      for (String pair : query.split("&")) {
        if (pair.isEmpty()) {
          continue;
        }
        int eq = pair.indexOf('=');
        String name = decode(eq < 0 ? pair : pair.substring(0, eq));
        String value = eq < 0 ? "" : decode(pair.substring(eq + 1));
        g.writeStartObject();
        g.writeStringField("name", name);
        g.writeStringField("value", redact && SecretRedactor.isSecretParameter(name) ? REDACTED : value);
        g.writeEndObject();
      }
    }
    g.writeEndArray();
  }

  /** A credential field's value replaced (see {@link SecretRedactor}); other fields as they are. */
  private String redactField(String name, String value) {
    return redact ? SecretRedactor.field(name, value) : value;
  }

  /** The URL with the values of secret-looking query parameters replaced. */
  private String redactQuery(String url) {
    return redact ? SecretRedactor.url(url) : url;
  }

  private static String decode(String s) {
    try {
      return URLDecoder.decode(s, StandardCharsets.UTF_8);
    } catch (IllegalArgumentException malformed) {
      return s;
    }
  }
}
