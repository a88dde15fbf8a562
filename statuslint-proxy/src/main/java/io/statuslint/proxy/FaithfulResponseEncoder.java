package io.statuslint.proxy;

import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaderValues;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseEncoder;
import io.netty.handler.codec.http.HttpStatusClass;
import java.util.ArrayDeque;

/**
 * Encodes forwarded responses without "fixing" them. Netty's stock server encoder removes
 * Content-Length from 204 and 1xx answers and sets {@code Content-Length: 0} on 205; statuslint
 * observes, so a 204 with a Content-Length reaches the client as the upstream sent it. Which
 * responses carry no content follows Netty's response <em>decoder</em> (1xx, 204, 304, and any
 * answer to HEAD), so what was read from the upstream is what is written to the client.
 */
final class FaithfulResponseEncoder extends HttpResponseEncoder {

  private final ArrayDeque<HttpMethod> methods = new ArrayDeque<>();

  /** Records the method of a request whose response will pass through here, in order. */
  void expect(HttpMethod method) {
    methods.add(method);
  }

  @Override
  protected void sanitizeHeadersBeforeEncode(HttpResponse msg, boolean isAlwaysEmpty) {
    // Deliberately nothing: the header section is forwarded as received.
  }

  @Override
  protected boolean isContentAlwaysEmpty(HttpResponse msg) {
    int code = msg.status().code();
    if (msg.status().codeClass() == HttpStatusClass.INFORMATIONAL) {
      // Interim answers do not use up a request; a 101 without Sec-WebSocket-Accept but with
      // Upgrade: websocket is the old Hixie-76 handshake, whose answer carries 16 bytes.
      return !(code == 101 && !msg.headers().contains(HttpHeaderNames.SEC_WEBSOCKET_ACCEPT)
          && msg.headers().contains(HttpHeaderNames.UPGRADE, HttpHeaderValues.WEBSOCKET, true));
    }
    HttpMethod method = methods.poll();
    return HttpMethod.HEAD.equals(method) || code == 204 || code == 304;
  }
}
