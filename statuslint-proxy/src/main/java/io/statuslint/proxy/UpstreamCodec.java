package io.statuslint.proxy;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelPipeline;
import io.netty.handler.codec.http.HttpMessage;
import io.netty.handler.codec.http.HttpMethod;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpRequestEncoder;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpResponseDecoder;
import io.netty.handler.codec.http.HttpStatusClass;
import java.util.ArrayDeque;
import java.util.List;

/**
 * The HTTP/1.1 codec of an upstream connection: Netty's request encoder and response decoder as two
 * plain handlers that share the methods of the requests sent, so that a response to HEAD is read
 * without content (RFC 9110 §9.3.2). That is what Netty's HttpClientCodec does too, but through a
 * combined handler that adds two indirections to every message in both directions. CONNECT, the
 * codec's other special case, never reaches the upstream ({@link RequestTarget} refuses it).
 */
final class UpstreamCodec {

  static final String DECODER = "http-decoder";
  static final String ENCODER = "http-encoder";

  private UpstreamCodec() {}

  static void addTo(ChannelPipeline pipeline) {
    ArrayDeque<HttpMethod> methods = new ArrayDeque<>();
    pipeline.addLast(DECODER, new Decoder(methods));
    pipeline.addLast(ENCODER, new Encoder(methods));
  }

  /** After a 101 the connection carries bytes only. */
  static void removeFrom(ChannelPipeline pipeline) {
    pipeline.remove(DECODER);
    pipeline.remove(ENCODER);
  }

  private static final class Encoder extends HttpRequestEncoder {
    private final ArrayDeque<HttpMethod> methods;

    Encoder(ArrayDeque<HttpMethod> methods) {
      this.methods = methods;
    }

    @Override
    protected void encode(ChannelHandlerContext ctx, Object msg, List<Object> out) throws Exception {
      if (msg instanceof HttpRequest req) {
        methods.add(req.method());
      }
      super.encode(ctx, msg, out);
    }
  }

  private static final class Decoder extends HttpResponseDecoder {
    private final ArrayDeque<HttpMethod> methods;

    Decoder(ArrayDeque<HttpMethod> methods) {
      super(RelayContext.decoderConfig());
      this.methods = methods;
    }

    @Override
    protected boolean isContentAlwaysEmpty(HttpMessage msg) {
      // Interim answers do not use up a request.
      if (((HttpResponse) msg).status().codeClass() != HttpStatusClass.INFORMATIONAL
          && HttpMethod.HEAD.equals(methods.poll())) {
        return true;
      }
      return super.isContentAlwaysEmpty(msg);
    }
  }
}
