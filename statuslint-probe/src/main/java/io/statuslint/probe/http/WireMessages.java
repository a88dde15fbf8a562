package io.statuslint.probe.http;

import io.statuslint.model.Body;
import io.statuslint.model.Headers;
import io.statuslint.model.MediaTypes;
import io.statuslint.traffic.BodyDecoder;
import java.net.URI;
import java.nio.charset.Charset;
import java.util.Arrays;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;

/** Between HttpCore's messages and statuslint's model: what is sent, and what is recorded. */
final class WireMessages {

  private static final int MAX_REQUEST_RECORD = 16 * 1024;
  private static final BodyDecoder DECODER = new BodyDecoder(64L * 1024 * 1024, 1024 * 1024);

  private WireMessages() {}

  /**
   * The header section as sent: Host first, the caller's fields, then the framing fields the client
   * owns (a caller cannot set Host, Content-Length, Transfer-Encoding or Connection).
   */
  static Headers requestHeaders(URI uri, ProbeRequest request, String userAgent) {
    Headers.Builder b = Headers.builder();
    b.add("Host", ProbeHttpClient.hostField(uri));
    boolean hasUserAgent = false;
    for (int i = 0; i < request.headers().size(); i++) {
      String name = request.headers().name(i);
      hasUserAgent |= name.equalsIgnoreCase("User-Agent");
      if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")
          && !name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Transfer-Encoding")) {
        b.add(name, request.headers().value(i));
      }
    }
    if (!hasUserAgent) {
      b.add("User-Agent", userAgent);
    }
    RequestBody body = request.body();
    if (body != null) {
      if (!request.headers().has("Content-Type") && body.contentType() != null) {
        b.add("Content-Type", body.contentType());
      }
      b.add("Content-Length", Long.toString(body.length()));
      if (request.expectContinue()) {
        b.add("Expect", "100-continue");
      }
    }
    // One request per connection: nothing one answer does can leak into the next.
    b.add("Connection", "close");
    return b.build();
  }

  /** The request content for the record: known in full, so a prefix of it is enough. */
  static Body requestBody(RequestBody body, int maxBodyBytes) {
    if (body == null) {
      return Body.absent();
    }
    byte[] prefix = body.prefix(Math.min(maxBodyBytes, MAX_REQUEST_RECORD));
    return body.length() > prefix.length ? Body.truncated(prefix, body.length(), null) : Body.ofBytes(prefix, null);
  }

  /** The request target in origin form: path and query, as given. */
  static String target(URI uri) {
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  /** Header fields in the order received, names spelt as the server spelt them. */
  static Headers headersOf(ClassicHttpResponse head) {
    Headers.Builder b = Headers.builder();
    for (Header h : head.getHeaders()) {
      b.add(h.getName(), h.getValue());
    }
    return b.build();
  }

  /**
   * The response body as far as it is known.
   *
   * @param read the bytes read, or {@code null} when none were read
   * @param stray whether the bytes followed a response that cannot have content (kept as they are)
   * @param incomplete whether reading ended early (deadline, closed connection)
   */
  static Body responseBody(int status, Headers headers, byte[] read, boolean stray, boolean incomplete, int max) {
    if (status < 100) {
      return Body.unknown();
    }
    if (read == null) {
      return incomplete ? Body.unknown() : Body.absent();
    }
    String contentType = headers.first("Content-Type");
    Charset charset = MediaTypes.charset(contentType);
    if (stray) {
      return Body.ofBytes(read, charset);
    }
    String coding = String.join(", ", headers.all("Content-Encoding"));
    if (incomplete || read.length > max) {
      byte[] kept = read.length > max ? Arrays.copyOf(read, max) : read;
      // A prefix of coded content cannot be decoded reliably: then nothing is known of it.
      return kept.length == 0 || !BodyDecoder.isIdentity(coding) ? Body.unknown()
          : Body.truncated(kept, declaredLength(headers), charset);
    }
    if (!BodyDecoder.isIdentity(coding) && BodyDecoder.supports(coding)) {
      return DECODER.decode(read, coding, charset);
    }
    return Body.ofBytes(read, charset);
  }

  private static long declaredLength(Headers headers) {
    String cl = headers.first("Content-Length");
    try {
      return cl == null ? -1 : Long.parseLong(cl.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }
}
