package io.statuslint.probe.http;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ContentLengthStrategy;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpMessage;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http.impl.io.DefaultBHttpClientConnection;

/**
 * HttpCore's blocking HTTP/1.1 connection, opened up where a probe needs to see more than a client
 * does: every response head is kept as it arrives (a status below 100 included, which HttpCore
 * rejects only after parsing it), and message framing is lenient, because a probe must describe a
 * broken response, not refuse to read it.
 */
final class WireConnection extends DefaultBHttpClientConnection {

  /** Generous limits: a probe reads hostile servers, but real headers (CSP, cookies) can be long. */
  static final Http1Config HTTP1 = Http1Config.custom()
      .setMaxLineLength(256 * 1024)
      .setMaxHeaderCount(2000)
      .setBufferSize(16 * 1024)
      .build();

  private volatile ClassicHttpResponse lastHead;

  WireConnection() {
    super(HTTP1, null, null, LenientLength.INSTANCE, null, null, null);
  }

  @Override
  protected void onResponseReceived(ClassicHttpResponse response) {
    lastHead = response;
  }

  /** The last response head parsed, even one the connection then rejected. */
  ClassicHttpResponse lastHead() {
    return lastHead;
  }

  /**
   * How long an incoming body is (RFC 9112 §6.3), without refusing anything: Transfer-Encoding
   * ending in chunked wins; any other Transfer-Encoding, conflicting or malformed Content-Length
   * values, and no framing at all mean "read until the server closes" (we always ask it to close).
   */
  static final class LenientLength implements ContentLengthStrategy {
    static final LenientLength INSTANCE = new LenientLength();

    @Override
    public long determineLength(HttpMessage message) {
      Header[] te = message.getHeaders("Transfer-Encoding");
      if (te.length > 0) {
        String last = te[te.length - 1].getValue();
        String[] codings = last == null ? new String[0] : last.split(",");
        String lastCoding = codings.length == 0 ? "" : codings[codings.length - 1].trim();
        return lastCoding.equalsIgnoreCase("chunked") ? CHUNKED : UNDEFINED;
      }
      long length = UNDEFINED;
      for (Header h : message.getHeaders("Content-Length")) {
        for (String part : String.valueOf(h.getValue()).split(",")) {
          long value;
          try {
            value = Long.parseLong(part.trim());
          } catch (NumberFormatException malformed) {
            return UNDEFINED;
          }
          if (value < 0 || (length != UNDEFINED && value != length)) {
            return UNDEFINED;
          }
          length = value;
        }
      }
      return length;
    }
  }
}
