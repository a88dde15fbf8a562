package io.statuslint.proxy;

import com.fasterxml.jackson.core.io.JsonStringEncoder;
import io.netty.buffer.Unpooled;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import java.nio.charset.StandardCharsets;

/**
 * The answers the proxy gives itself, never the upstream's: when the upstream cannot be reached or
 * is too slow, or a request is refused. Each is Problem Details (RFC 9457) that names statuslint as
 * its author (detail, a {@code generator} member and the Server field), so nobody mistakes it for
 * the API's own error, and none of them is checked as if the upstream had sent it.
 */
final class ProxyAnswer {

  static final String SERVER = "statuslint-proxy";

  private ProxyAnswer() {}

  static FullHttpResponse problem(HttpResponseStatus status, String detail, boolean close) {
    JsonStringEncoder json = JsonStringEncoder.getInstance();
    String body = "{\"type\":\"about:blank\",\"title\":\"" + new String(json.quoteAsString(status.reasonPhrase()))
        + "\",\"status\":" + status.code()
        + ",\"detail\":\"" + new String(json.quoteAsString("statuslint proxy: " + detail))
        + "\",\"generator\":\"statuslint proxy\"}";
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    FullHttpResponse r = new DefaultFullHttpResponse(HttpVersion.HTTP_1_1, status, Unpooled.wrappedBuffer(bytes));
    r.headers()
        .set(HttpHeaderNames.CONTENT_TYPE, "application/problem+json")
        .set(HttpHeaderNames.CONTENT_LENGTH, bytes.length)
        .set(HttpHeaderNames.CACHE_CONTROL, "no-store")
        .set(HttpHeaderNames.SERVER, SERVER);
    if (close) {
      r.headers().set("Connection", "close");
    }
    return r;
  }

  static FullHttpResponse badGateway(Upstream upstream, String why) {
    return problem(HttpResponseStatus.BAD_GATEWAY, "the upstream " + upstream.url() + " " + why, true);
  }

  static FullHttpResponse gatewayTimeout(Upstream upstream, String why) {
    return problem(HttpResponseStatus.GATEWAY_TIMEOUT, "the upstream " + upstream.url() + " " + why, true);
  }
}
