package io.statuslint.traffic;

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
import java.nio.charset.Charset;
import java.util.Locale;

/**
 * Reads one HAR 1.2 entry field by field (no tree) and applies the HAR facts of RULES.md: status 0 is
 * no response, an absent {@code content.text} is an unknown body, text is already decoded, and for 304
 * and HEAD only {@code bodySize} says whether a body was sent. Not thread-safe; one per reader.
 */
final class HarEntryReader {

  private final int maxBodyChars;
  private final boolean keepBinaryBodies;
  private final StringCapture capture;
  private String creator = "";

  /** @param capture the parser's input, which can keep a body string's raw bytes; null to decode them */
  HarEntryReader(ReaderOptions options, StringCapture capture) {
    this.maxBodyChars = options.maxBodyBytes();
    this.keepBinaryBodies = options.keepBinaryBodies();
    this.capture = capture;
  }

  /** The {@code log.creator.name}, which tells which browser quirks apply. */
  void creator(String name) {
    this.creator = name == null ? "" : name;
  }

  /** Reads the fields of the entry whose START_OBJECT is the current token, up to its END_OBJECT. */
  HarEntry read(JsonParser p) throws IOException {
    HarEntry e = new HarEntry();
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "request":
          if (t == JsonToken.START_OBJECT) {
            e.requestSeen = true;
            readRequest(p, e);
          } else {
            p.skipChildren();
          }
          break;
        case "response":
          if (t == JsonToken.START_OBJECT) {
            readResponse(p, e);
          } else {
            p.skipChildren();
          }
          break;
        case "_resourceType":
          e.resourceType = JsonInput.scalar(p, t);
          break;
        case "_initiator":
        case "_priority":
          // Fields only Chromium's DevTools writes: its provisional-header convention applies.
          e.devTools = true;
          p.skipChildren();
          break;
        case "_fromCache":
          e.fromCache = t != JsonToken.VALUE_NULL && t != JsonToken.VALUE_FALSE;
          p.skipChildren();
          break;
        case "_id":
        case "_requestId":
        case "_request_id":
          e.id = JsonInput.scalar(p, t);
          break;
        case "comment":
          e.comment = JsonInput.scalar(p, t);
          break;
        default:
          p.skipChildren();
      }
    }
    if (!e.requestSeen) {
      e.problem("the entry has no request object");
    } else if (e.method == null || e.method.isBlank()) {
      e.problem("request.method is missing");
    } else if (e.url == null) {
      e.problem("request.url is missing");
    }
    return e;
  }

  private void readRequest(JsonParser p, HarEntry e) throws IOException {
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "method":
          e.method = t == JsonToken.VALUE_STRING ? p.getText() : skip(p);
          break;
        case "url":
          e.url = t == JsonToken.VALUE_STRING ? p.getText() : skip(p);
          break;
        case "headers":
          readHeaders(p, t, e.requestHeaders);
          break;
        case "headersSize":
          e.requestHeadersSize = JsonInput.number(p, t);
          break;
        case "bodySize":
          e.requestBodySize = JsonInput.number(p, t);
          break;
        case "postData":
          if (t == JsonToken.START_OBJECT) {
            readPostData(p, e);
          } else {
            p.skipChildren();
          }
          break;
        case "comment":
          e.requestComment = JsonInput.scalar(p, t);
          break;
        default:
          p.skipChildren();
      }
    }
  }

  private void readPostData(JsonParser p, HarEntry e) throws IOException {
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "text":
          e.postText = t == JsonToken.VALUE_STRING ? JsonInput.readText(p, maxBodyChars) : null;
          p.skipChildren();
          break;
        case "encoding":
          e.postEncoding = JsonInput.scalar(p, t);
          break;
        case "mimeType":
          e.postMimeType = JsonInput.scalar(p, t);
          break;
        default:
          p.skipChildren();
      }
    }
  }

  private void readResponse(JsonParser p, HarEntry e) throws IOException {
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "status":
          readStatus(p, t, e);
          break;
        case "statusText":
          e.statusText = JsonInput.scalar(p, t);
          break;
        case "headers":
          readHeaders(p, t, e.responseHeaders);
          break;
        case "headersSize":
          e.responseHeadersSize = JsonInput.number(p, t);
          break;
        case "bodySize":
          e.responseBodySize = JsonInput.number(p, t);
          break;
        case "content":
          if (t == JsonToken.START_OBJECT) {
            readContent(p, e);
          } else {
            p.skipChildren();
          }
          break;
        default:
          p.skipChildren();
      }
    }
  }

  private static void readStatus(JsonParser p, JsonToken t, HarEntry e) throws IOException {
    if (t == JsonToken.VALUE_NULL) {
      return;
    }
    if (t == JsonToken.VALUE_NUMBER_INT && p.getNumberType() == JsonParser.NumberType.INT) {
      e.status = p.getIntValue();
      return;
    }
    if (t == JsonToken.VALUE_STRING) {
      try {
        e.status = Integer.parseInt(p.getText().trim());
        return;
      } catch (NumberFormatException notANumber) {
        // reported below
      }
    }
    p.skipChildren();
    e.problem("response.status is not an integer");
  }

  private void readContent(JsonParser p, HarEntry e) throws IOException {
    String name;
    while ((name = p.nextFieldName()) != null) {
      JsonToken t = p.nextToken();
      switch (name) {
        case "text":
          if (t == JsonToken.VALUE_STRING && !keepBinaryBodies && MediaTypes.isBinary(e.contentMimeType)) {
            // Only the size of an image or a font matters to rules: its text is passed over unread,
            // unless its length is the only size there is.
            e.binarySkipped = true;
            if (e.contentSize > 0 && capture != null && capture.pass(p.currentTokenLocation().getByteOffset())) {
              break;
            }
            e.skippedChars = e.contentSize > 0 ? -1 : p.getTextLength();
            break;
          }
          if (t == JsonToken.VALUE_STRING && capture != null) {
            // Kept raw; the parser then skips only what is left of it (see StringCapture).
            e.contentRaw = capture.take(p.currentTokenLocation().getByteOffset(), e.contentSize);
            if (e.contentRaw != null) {
              break;
            }
          }
          // Chrome writes "encoding" after "text", so the text is kept and judged at the end.
          e.contentText = t == JsonToken.VALUE_STRING ? JsonInput.readText(p, maxBodyChars) : null;
          p.skipChildren();
          break;
        case "encoding":
          e.contentEncoding = JsonInput.scalar(p, t);
          break;
        case "mimeType":
          e.contentMimeType = JsonInput.scalar(p, t);
          break;
        case "size":
          e.contentSize = JsonInput.number(p, t);
          break;
        default:
          p.skipChildren();
      }
    }
  }

  private static void readHeaders(JsonParser p, JsonToken t, HarEntry.HeaderList list) throws IOException {
    if (t != JsonToken.START_ARRAY) {
      p.skipChildren();
      return;
    }
    JsonToken item;
    while ((item = p.nextToken()) != JsonToken.END_ARRAY) {
      if (item != JsonToken.START_OBJECT) {
        p.skipChildren();
        continue;
      }
      String headerName = null;
      String value = null;
      String field;
      while ((field = p.nextFieldName()) != null) {
        JsonToken v = p.nextToken();
        if (field.equals("name")) {
          headerName = JsonInput.scalar(p, v);
        } else if (field.equals("value")) {
          value = JsonInput.scalar(p, v);
        } else {
          p.skipChildren();
        }
      }
      if (headerName == null || headerName.isEmpty()) {
        continue;
      }
      if (headerName.charAt(0) == ':') {
        list.pseudo = true;
      } else {
        list.fields.add(headerName, value);
        list.count++;
      }
    }
  }

  private static String skip(JsonParser p) throws IOException {
    p.skipChildren();
    return null;
  }

  /** The exchange an entry describes; call only when {@link HarEntry#problem} is null. */
  Exchange toExchange(HarEntry e, String file, long index, long line) {
    Headers requestHeaders = e.requestHeaders.fields.build();
    Body requestBody = e.postText != null
        ? JsonInput.body(e.postText, isBase64(e.postEncoding),
            MediaTypes.charset(e.postMimeType != null ? e.postMimeType : requestHeaders.first("Content-Type")), -1)
        : e.requestBodySize > 0 ? Body.unknown() : Body.absent();
    HttpRequest request = new HttpRequest(e.method, e.url, requestHeaders, requestBody, provisional(e));
    HttpResponse response = null;
    if (e.status > 0) {
      Headers headers = e.responseHeaders.fields.build();
      response = new HttpResponse(e.status, e.statusText, headers, responseBody(e, request.method(), headers));
    }
    return new Exchange(request, response, new Origin(file, index, line, e.id),
        ResourceHint.fromHarResourceType(e.resourceType));
  }

  private Body responseBody(HarEntry e, String method, Headers headers) {
    String contentType = e.contentMimeType != null && !e.contentMimeType.isEmpty()
        ? e.contentMimeType : headers.first("Content-Type");
    Body recorded = e.binarySkipped ? skippedBinary(e, MediaTypes.charset(contentType))
        : e.contentRaw != null
            ? JsonInput.body(e.contentRaw, isBase64(e.contentEncoding), MediaTypes.charset(contentType), e.contentSize)
            : JsonInput.body(e.contentText, isBase64(e.contentEncoding), MediaTypes.charset(contentType), e.contentSize);
    if (e.status != 304 && !method.equals("HEAD")) {
      return recorded;
    }
    // content.* of a 304 or a HEAD may describe the cached or GET representation: only bodySize
    // tells whether bytes followed this response.
    long sent = e.responseBodySize;
    if (isFirefox() && sent > 0) {
      // Firefox writes the transferred size, header bytes included: without headersSize we cannot
      // tell a body from the headers, so the body is unknown rather than present.
      sent = e.responseHeadersSize >= 0 ? Math.max(0, sent - e.responseHeadersSize) : -1;
    }
    if (sent < 0) {
      return Body.unknown();
    }
    if (sent == 0) {
      return Body.absent();
    }
    return recorded.hasBytes() ? recorded : Body.truncated("", sent);
  }

  /** A binary body whose text was not kept: its size, and no bytes (see ReaderOptions). */
  private static Body skippedBinary(HarEntry e, Charset charset) {
    long size = e.contentSize > 0 ? e.contentSize
        : isBase64(e.contentEncoding) ? e.skippedChars * 3 / 4 : e.skippedChars;
    return size <= 0 ? Body.absent() : Body.truncated(new byte[0], size, charset);
  }

  /**
   * Whether the request's header list is only what the browser planned to send. Chromium's DevTools
   * shows "Provisional headers are shown" when it has no raw request headers (its
   * {@code requestHeadersText} is undefined); its HAR then writes {@code headersSize: -1}. HTTP/2 and
   * HTTP/3 requests also get -1 but carry their pseudo-headers ({@code :method}, {@code :path}),
   * which provisional lists never hold; requests served from the browser cache ({@code _fromCache})
   * never reached the network at all. Any recorder that wrote no request header, or a comment that
   * says "provisional", counts too. Erring here only turns a missing header into an unknown one.
   */
  private boolean provisional(HarEntry e) {
    if (e.requestHeaders.count == 0 && !e.requestHeaders.pseudo) {
      return true;
    }
    if (mentionsProvisional(e.comment) || mentionsProvisional(e.requestComment)) {
      return true;
    }
    boolean devTools = e.devTools || creator.equals("WebInspector");
    return devTools && (e.fromCache || (e.requestHeadersSize < 0 && !e.requestHeaders.pseudo));
  }

  private boolean isFirefox() {
    return creator.toLowerCase(Locale.ROOT).contains("firefox");
  }

  private static boolean mentionsProvisional(String comment) {
    return comment != null && comment.toLowerCase(Locale.ROOT).contains("provisional");
  }

  private static boolean isBase64(String encoding) {
    return encoding != null && encoding.equalsIgnoreCase("base64");
  }
}
