package io.statuslint.traffic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import io.statuslint.model.Origin;
import io.statuslint.model.ResourceHint;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Base64;
import java.util.Locale;

/**
 * Turns one line of the NDJSON exchange log ({@code docs/ndjson-format.md}, version 1) into an
 * exchange. Field order is free; unknown fields are ignored so that v1 can grow compatibly.
 */
final class NdjsonLineParser {

  static final int VERSION = 1;

  /** A line that is JSON but not a valid v1 record; the message is one line. */
  static final class LineProblem extends RuntimeException {
    private static final long serialVersionUID = 1L;

    LineProblem(String message) {
      super(message, null, false, false);
    }
  }

  private static final class BodySpec {
    JsonInput.Text text;
    JsonInput.Text base64;
    String state;
    long size = -1;
    boolean decoded;
  }

  private static final class Message {
    String method;
    String url;
    Integer status;
    String reason;
    Headers headers = Headers.empty();
    BodySpec body;
    boolean partialHeaders;
  }

  private final JsonFactory factory;
  private final BodyDecoder decoder;
  private final int maxBodyChars;
  private final int maxBase64Chars;

  NdjsonLineParser(ReaderOptions options) {
    this.factory = JsonInput.factory(options);
    this.decoder = BodyDecoder.of(options);
    this.maxBodyChars = options.maxBodyBytes();
    // Enough base64 for maxBodyBytes of (possibly compressed) bytes, rounded to whole quanta.
    this.maxBase64Chars = (int) Math.min(Integer.MAX_VALUE - 8, (options.maxBodyBytes() + 2L) / 3 * 4);
  }

  Exchange parse(byte[] bytes, int length, String file, long index, long line) throws IOException {
    try (JsonParser p = factory.createParser(bytes, 0, length)) {
      if (p.nextToken() != JsonToken.START_OBJECT) {
        throw new LineProblem("a line must hold one JSON object");
      }
      Integer version = null;
      String id = null;
      String resource = null;
      Message request = null;
      Message response = null;
      String field;
      try {
        while ((field = p.nextFieldName()) != null) {
          JsonToken t = p.nextToken();
          switch (field) {
            case "v":
              if (t != JsonToken.VALUE_NUMBER_INT) {
                throw new LineProblem("\"v\" must be an integer, the format version (" + VERSION + ")");
              }
              version = p.getIntValue();
              break;
            case "id":
              id = JsonInput.scalar(p, t);
              break;
            case "resource":
              resource = JsonInput.scalar(p, t);
              break;
            case "request":
              request = t == JsonToken.VALUE_NULL ? null : message(p, t, "request");
              break;
            case "response":
              response = t == JsonToken.VALUE_NULL ? null : message(p, t, "response");
              break;
            default:
              // "time", "durationMs" and fields of later minor revisions: accepted, not needed by rules.
              p.skipChildren();
          }
        }
      } catch (LineProblem problem) {
        // A later version may shape fields differently: say so rather than name the symptom.
        if (version != null && version != VERSION) {
          throw unsupported(version);
        }
        throw problem;
      }
      if (p.nextToken() != null) {
        throw new LineProblem("more than one JSON value on the line");
      }
      if (version == null) {
        throw new LineProblem("missing \"v\": every line starts with {\"v\":" + VERSION + ", …}");
      }
      if (version != VERSION) {
        throw unsupported(version);
      }
      if (request == null) {
        throw new LineProblem("missing \"request\"");
      }
      if (request.method == null || request.method.isBlank()) {
        throw new LineProblem("missing request.method");
      }
      if (request.url == null) {
        throw new LineProblem("missing request.url");
      }
      HttpRequest req = new HttpRequest(request.method, request.url, request.headers,
          body(request.body, request.headers), request.partialHeaders);
      HttpResponse resp = null;
      if (response != null) {
        if (response.status == null) {
          throw new LineProblem("missing response.status (use \"response\":null when none was received)");
        }
        if (response.status < 0) {
          throw new LineProblem("response.status must not be negative");
        }
        if (response.status > 0) {
          resp = new HttpResponse(response.status, response.reason, response.headers,
              body(response.body, response.headers));
        }
      }
      return new Exchange(req, resp, new Origin(file, index, line, id), hint(resource));
    }
  }

  private static LineProblem unsupported(int version) {
    return new LineProblem("unsupported format version \"v\":" + version + " (this statuslint reads version "
        + VERSION + ")");
  }

  private Message message(JsonParser p, JsonToken t, String what) throws IOException {
    if (t != JsonToken.START_OBJECT) {
      throw new LineProblem("\"" + what + "\" must be an object");
    }
    Message m = new Message();
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      switch (field) {
        case "method":
          m.method = string(p, v, what + ".method");
          break;
        case "url":
          m.url = string(p, v, what + ".url");
          break;
        case "status":
          if (v != JsonToken.VALUE_NUMBER_INT || p.getNumberType() != JsonParser.NumberType.INT) {
            throw new LineProblem(what + ".status must be an integer");
          }
          m.status = p.getIntValue();
          break;
        case "reason":
          m.reason = JsonInput.scalar(p, v);
          break;
        case "headers":
          m.headers = headers(p, v, what);
          break;
        case "body":
          m.body = bodySpec(p, v, what);
          break;
        case "partialHeaders":
          m.partialHeaders = v == JsonToken.VALUE_TRUE;
          p.skipChildren();
          break;
        default:
          p.skipChildren();
      }
    }
    return m;
  }

  private static String string(JsonParser p, JsonToken t, String what) throws IOException {
    if (t != JsonToken.VALUE_STRING) {
      throw new LineProblem(what + " must be a string");
    }
    return p.getText();
  }

  /** Ordered {@code [[name, value], …]}, HAR-style {@code [{name, value}, …]}, or an object map. */
  private static Headers headers(JsonParser p, JsonToken t, String what) throws IOException {
    Headers.Builder b = Headers.builder();
    if (t == JsonToken.VALUE_NULL) {
      return Headers.empty();
    }
    if (t == JsonToken.START_OBJECT) {
      String name;
      while ((name = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        if (v == JsonToken.START_ARRAY) {
          while ((v = p.nextToken()) != JsonToken.END_ARRAY) {
            add(b, name, headerValue(p, v, what));
          }
        } else if (v != JsonToken.VALUE_NULL) {
          add(b, name, headerValue(p, v, what));
        }
      }
      return b.build();
    }
    if (t != JsonToken.START_ARRAY) {
      throw new LineProblem(what + ".headers must be an array of [name, value] pairs or an object");
    }
    JsonToken item;
    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
      String name = null;
      String value = null;
      if (item == JsonToken.START_ARRAY) {
        if (p.nextToken() != JsonToken.VALUE_STRING) {
          throw new LineProblem(what + ".headers: a header must be [name, value]");
        }
        name = p.getText();
        JsonToken v = p.nextToken();
        if (v == JsonToken.END_ARRAY) {
          throw new LineProblem(what + ".headers: a header must be [name, value]");
        }
        value = headerValue(p, v, what);
        if (p.nextToken() != JsonToken.END_ARRAY) {
          throw new LineProblem(what + ".headers: a header must be [name, value]");
        }
      } else if (item == JsonToken.START_OBJECT) {
        String field;
        while ((field = p.nextFieldName()) != null) {
          JsonToken v = p.nextToken();
          if (field.equals("name")) {
            name = JsonInput.scalar(p, v);
          } else if (field.equals("value")) {
            value = headerValue(p, v, what);
          } else {
            p.skipChildren();
          }
        }
      } else {
        throw new LineProblem(what + ".headers: a header must be [name, value]");
      }
      if (name == null || name.isEmpty()) {
        throw new LineProblem(what + ".headers: a header without a name");
      }
      add(b, name, value);
    }
    return b.build();
  }

  private static String headerValue(JsonParser p, JsonToken t, String what) throws IOException {
    if (t == null || t.isStructStart() || t == JsonToken.END_ARRAY) {
      throw new LineProblem(what + ".headers: a header value must be a string");
    }
    return t == JsonToken.VALUE_NULL ? "" : p.getText();
  }

  private static void add(Headers.Builder b, String name, String value) {
    // HTTP/2 pseudo-headers (":status") are framing, not header fields.
    if (!name.startsWith(":")) {
      b.add(name, value);
    }
  }

  private BodySpec bodySpec(JsonParser p, JsonToken t, String what) throws IOException {
    BodySpec spec = new BodySpec();
    if (t == JsonToken.VALUE_NULL) {
      spec.state = "unknown";
      return spec;
    }
    if (t == JsonToken.VALUE_STRING) {
      spec.text = JsonInput.readText(p, maxBodyChars);
      return spec;
    }
    if (t != JsonToken.START_OBJECT) {
      throw new LineProblem(what + ".body must be an object, a string or null");
    }
    String field;
    while ((field = p.nextFieldName()) != null) {
      JsonToken v = p.nextToken();
      switch (field) {
        case "text":
          spec.text = v == JsonToken.VALUE_STRING ? JsonInput.readText(p, maxBodyChars) : badBody(what, "text");
          break;
        case "base64":
          spec.base64 = v == JsonToken.VALUE_STRING ? JsonInput.readText(p, maxBase64Chars) : badBody(what, "base64");
          break;
        case "state":
          spec.state = v == JsonToken.VALUE_STRING ? p.getText().toLowerCase(Locale.ROOT) : badBody(what, "state");
          break;
        case "size":
          spec.size = v == JsonToken.VALUE_NUMBER_INT ? p.getLongValue() : -1;
          p.skipChildren();
          break;
        case "decoded":
          spec.decoded = v == JsonToken.VALUE_TRUE;
          p.skipChildren();
          break;
        default:
          p.skipChildren();
      }
    }
    if (spec.text != null && spec.base64 != null) {
      throw new LineProblem(what + ".body has both \"text\" and \"base64\"");
    }
    return spec;
  }

  private static <T> T badBody(String what, String field) {
    throw new LineProblem(what + ".body." + field + " must be a string");
  }

  private Body body(BodySpec spec, Headers headers) {
    if (spec == null) {
      return Body.unknown();
    }
    boolean hasContent = spec.text != null || spec.base64 != null;
    String state = spec.state != null ? spec.state : hasContent ? "complete" : "unknown";
    switch (state) {
      case "unknown":
        return Body.unknown();
      case "absent":
        if ((spec.text != null && spec.text.totalChars() > 0) || (spec.base64 != null && spec.base64.totalChars() > 0)) {
          throw new LineProblem("a body with state \"absent\" cannot have content");
        }
        return Body.absent();
      case "complete":
        if (!hasContent) {
          throw new LineProblem("a complete body needs \"text\" or \"base64\"");
        }
        return spec.text != null ? JsonInput.body(spec.text, false, null, -1) : bytes(spec, headers, true);
      case "truncated":
        if (spec.text != null) {
          return Body.truncated(spec.text.value(), spec.size >= 0 ? spec.size : -1);
        }
        if (spec.base64 != null) {
          return bytes(spec, headers, false);
        }
        return Body.truncated("", spec.size);
      default:
        throw new LineProblem("unknown body state \"" + state + "\" (complete, truncated, absent or unknown)");
    }
  }

  /** A base64 body: Content-Encoding undone unless the recorder says it already was. */
  private Body bytes(BodySpec spec, Headers headers, boolean complete) {
    Charset charset = MediaTypes.charset(headers.first("Content-Type"));
    String contentEncoding = String.join(", ", headers.all("Content-Encoding"));
    JsonInput.Text b64 = spec.base64;
    if (!spec.decoded && !BodyDecoder.isIdentity(contentEncoding)) {
      InputStream wire = Base64.getMimeDecoder().wrap(new Latin1InputStream(b64.value()));
      return decoder.decode(wire, contentEncoding, charset, complete && !b64.truncated());
    }
    if (complete && !b64.truncated()) {
      return Body.ofBase64(b64.value(), charset);
    }
    byte[] prefix = JsonInput.decodeBase64Prefix(b64.value());
    long full = complete ? b64.base64DecodedSize() : spec.size;
    return Body.truncated(prefix, full, charset);
  }

  private static ResourceHint hint(String resource) {
    if (resource == null) {
      return ResourceHint.UNKNOWN;
    }
    switch (resource.toLowerCase(Locale.ROOT)) {
      case "api":
        return ResourceHint.API;
      case "static":
      case "asset":
        return ResourceHint.STATIC_ASSET;
      default:
        return ResourceHint.fromHarResourceType(resource);
    }
  }
}
