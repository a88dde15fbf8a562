package io.statuslint.proxy;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import io.statuslint.model.Origin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.Arrays;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Turns a capture into the model's {@link Exchange}, on the checker thread: bodies become complete,
 * truncated (the bound cut them, or a side went away) or unknown (a content coding this JDK cannot
 * undo), so no rule mistakes a prefix or compressed bytes for the content.
 */
final class CapturedExchanges {

  private CapturedExchanges() {}

  static Exchange toExchange(ExchangeCapture c) {
    Headers requestHeaders = c.requestHeaders == null ? Headers.empty() : c.requestHeaders;
    HttpRequest request = new HttpRequest(c.method, c.url, requestHeaders,
        body(c.requestBody, c.requestComplete, requestHeaders, false), false);
    HttpResponse response = null;
    if (c.hasResponse()) {
      boolean bodiless = c.status == 204 || c.status == 304 || (c.status >= 100 && c.status < 200)
          || c.method.equals("HEAD");
      Headers responseHeaders = c.responseHeaders;
      response = new HttpResponse(c.status, c.reason, responseHeaders,
          body(c.responseBody, c.responseComplete, responseHeaders, bodiless));
    }
    return new Exchange(request, response, Origin.live(Long.toString(c.id)));
  }

  /** The fields as received, names spelled as they came, in order. */
  static Headers toModel(io.netty.handler.codec.http.HttpHeaders headers) {
    Headers.Builder b = Headers.builder();
    for (java.util.Iterator<java.util.Map.Entry<CharSequence, CharSequence>> it = headers.iteratorCharSequence();
        it.hasNext(); ) {
      java.util.Map.Entry<CharSequence, CharSequence> e = it.next();
      b.add(e.getKey().toString(), e.getValue().toString());
    }
    return b.build();
  }

  private static Body body(BodyPrefix prefix, boolean complete, Headers headers, boolean bodiless) {
    if (prefix == null) {
      return Body.unknown();
    }
    if (prefix.total() == 0) {
      // Nothing arrived: absent when the message ended, or cannot have content; unknown if cut off.
      return complete || bodiless ? Body.absent() : Body.unknown();
    }
    Charset charset = MediaTypes.charset(headers.first("Content-Type"));
    long fullSize = complete ? prefix.total() : declaredLength(headers);
    boolean whole = complete && !prefix.cut();
    byte[] bytes = prefix.bytes();
    String coding = contentCoding(headers);
    if (coding != null) {
      byte[] decoded = decode(coding, bytes, whole);
      if (decoded == null) {
        return Body.unknown();
      }
      boolean bounded = decoded.length >= decodeLimit(bytes.length);
      return whole && !bounded ? Body.ofBytes(decoded, charset) : Body.truncated(decoded, -1, charset);
    }
    return whole ? Body.ofBytes(bytes, charset) : Body.truncated(bytes, fullSize, charset);
  }

  private static long declaredLength(Headers headers) {
    String cl = headers.first("Content-Length");
    if (cl != null) {
      try {
        return Long.parseLong(cl.trim());
      } catch (NumberFormatException ignored) {
        return -1;
      }
    }
    return -1;
  }

  /** The content coding to undo, {@code "identity"} and absent meaning none. */
  private static String contentCoding(Headers headers) {
    String ce = headers.first("Content-Encoding");
    if (ce == null) {
      return null;
    }
    String c = ce.trim().toLowerCase(Locale.ROOT);
    return c.isEmpty() || c.equals("identity") ? null : c;
  }

  private static int decodeLimit(int encodedLength) {
    return Math.max(encodedLength * 8, 64 * 1024);
  }

  /**
   * Undoes gzip or deflate on a complete body or a prefix (a prefix yields what it can), bounded to
   * 8x the capture so a compression bomb costs nothing; null for codings the JDK lacks (br, zstd).
   */
  static byte[] decode(String coding, byte[] bytes, boolean whole) {
    int limit = decodeLimit(bytes.length);
    try {
      InputStream in;
      switch (coding) {
        case "gzip":
        case "x-gzip":
          in = new GZIPInputStream(new ByteArrayInputStream(bytes));
          break;
        case "deflate":
          // "deflate" is zlib-wrapped by the RFC, raw by some servers: try both.
          boolean zlib = bytes.length >= 2 && (((bytes[0] & 0xff) << 8) | (bytes[1] & 0xff)) % 31 == 0
              && (bytes[0] & 0x0f) == 8;
          in = new InflaterInputStream(new ByteArrayInputStream(bytes), new Inflater(!zlib));
          break;
        default:
          return null;
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      byte[] buf = new byte[8192];
      try (in) {
        int n;
        while (out.size() < limit && (n = in.read(buf)) > 0) {
          out.write(buf, 0, n);
        }
      } catch (EOFException cutShort) {
        if (whole) {
          return null;
        }
      }
      byte[] result = out.toByteArray();
      return result.length > limit ? Arrays.copyOf(result, limit) : result;
    } catch (IOException e) {
      return null;
    }
  }
}
