package io.statuslint.proxy;

import io.statuslint.model.Headers;

/**
 * What the proxy saw of one exchange: both header sections as received, as model {@link Headers}, and
 * bounded prefixes of both bodies. Filled on the connection's event loop; handed whole to the checker
 * thread, which turns it into a model {@link io.statuslint.model.Exchange}.
 *
 * <p>The header sections are copied here, on the event loop, right after Netty decoded them, while
 * the fields are still in the CPU's cache (the checker reads them a millisecond and dozens of
 * exchanges later). On one core that costs the same or less; on several it takes work off the one
 * checker thread, which serves every event loop.
 */
final class ExchangeCapture {

  final long id;
  /** Wall-clock time of the request head, for recordings (0 when nothing is recorded). */
  final long startedAtMillis;
  final long startNanos;

  final String method;
  final String target;
  final String url;
  final String requestVersion;
  final Headers requestHeaders;
  final BodyPrefix requestBody;
  boolean requestComplete;
  /** The client asked to close after this exchange. */
  boolean clientClose;
  /** The request asks to switch protocols (Upgrade listed in Connection). */
  boolean upgrade;
  long requestSentNanos;

  int status = -1;
  String reason;
  String responseVersion;
  Headers responseHeaders;
  BodyPrefix responseBody;
  long endNanos;
  boolean responseComplete;

  /** A response the proxy gives itself (for a request it refused), sent when its turn comes. */
  io.netty.handler.codec.http.FullHttpResponse localAnswer;
  boolean closeAfterLocalAnswer;

  ExchangeCapture(long id, long startNanos, long startedAtMillis, String method, String target, String url,
      String requestVersion, Headers requestHeaders, int captureBytes) {
    this.id = id;
    this.startNanos = startNanos;
    this.startedAtMillis = startedAtMillis;
    this.method = method;
    this.target = target;
    this.url = url;
    this.requestVersion = requestVersion;
    this.requestHeaders = requestHeaders;
    this.requestBody = new BodyPrefix(captureBytes);
  }

  boolean hasResponse() {
    return status >= 0;
  }

  /** Bytes this capture holds, for the checker queue's memory bound. */
  long weight() {
    return 512L + requestBody.length() + (responseBody == null ? 0 : responseBody.length());
  }
}
