package io.statuslint.proxy;

import io.netty.buffer.Unpooled;
import io.netty.channel.ChannelFutureListener;
import io.netty.handler.codec.http.DefaultFullHttpResponse;
import io.netty.handler.codec.http.DefaultHttpResponse;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpResponse;
import io.netty.handler.codec.http.HttpUtil;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.List;

/**
 * The upstream-to-client half of a {@link ClientConnection}: pairs each response with the oldest
 * request still owed one, forwards it with only the hop-by-hop fields changed, copies a bounded
 * prefix of its body, and hands the finished exchange to the checker. Interim (1xx) answers pass
 * through unpaired; a 101 turns the connection into a tunnel.
 *
 * <p>A forwarded head is held back until the next message from the upstream: when that ends the
 * body (a small response usually arrives whole in one read), head and body are written as one
 * message, which the encoder puts in one buffer — one write system call instead of a gathering one,
 * and one trip through the pipeline. The bytes sent are the same. The head goes alone at the end of
 * the upstream's read batch at the latest.
 */
final class ResponseRelay {

  private static final io.netty.util.AsciiString CONNECTION = io.netty.util.AsciiString.cached("Connection");

  private final ClientConnection conn;
  boolean tunnel;
  private boolean interim;
  private boolean dropInterim;
  private ExchangeCapture responding;
  private HttpResponse heldHead;
  private boolean closeUpstreamAfter;

  ResponseRelay(ClientConnection conn) {
    this.conn = conn;
  }

  void onMessage(Object msg) {
    if (tunnel) {
      conn.ctx.write(msg, conn.ctx.voidPromise());
      return;
    }
    if (msg instanceof HttpResponse res) {
      if (!onHead(res)) {
        return;
      }
    }
    if (msg instanceof HttpContent content) {
      onContent(content);
    } else if (!(msg instanceof HttpResponse)) {
      ReferenceCountUtil.release(msg);
    }
  }

  /** Returns false when the message was consumed (released) here. */
  private boolean onHead(HttpResponse res) {
    ExchangeCapture cap = conn.inFlight.peek();
    if (res.decoderResult().isFailure()) {
      ReferenceCountUtil.release(res);
      String why = res.decoderResult().cause() == null ? "" : " (" + res.decoderResult().cause().getMessage() + ")";
      conn.upstream.close();
      if (responding == null) {
        conn.failOwed(ProxyAnswer.badGateway(conn.relay.upstream, "sent a response that is not valid HTTP/1.1" + why));
      } else {
        abort();
      }
      return false;
    }
    int code = res.status().code();
    if (code < 200 && code != 101) {
      // Interim answers (100 Continue, 103 Early Hints) are forwarded as they come, unpaired; never
      // to an HTTP/1.0 client, which cannot read them (RFC 9110 §15.2).
      interim = true;
      dropInterim = cap == null || "HTTP/1.0".equals(cap.requestVersion);
      if (dropInterim) {
        ReferenceCountUtil.release(res);
        return false;
      }
      conn.ctx.write(new DefaultHttpResponse(HttpVersion.HTTP_1_1, res.status(),
          HopByHop.forward(res.headers(), false, null)), conn.ctx.voidPromise());
      return false;
    }
    if (cap == null || cap.localAnswer != null || cap.hasResponse() || (code == 101 && !cap.upgrade)) {
      // An answer nobody asked for (or a protocol switch nobody asked for): the upstream connection
      // is out of step and cannot be trusted with the next request.
      ReferenceCountUtil.release(res);
      conn.upstream.close();
      if (cap != null && cap.localAnswer == null && !cap.hasResponse()) {
        conn.failOwed(ProxyAnswer.badGateway(conn.relay.upstream, "switched protocols without being asked to"));
      }
      return false;
    }
    cap.status = code;
    cap.reason = res.status().reasonPhrase();
    cap.responseVersion = res.protocolVersion().text();
    cap.responseHeaders = CapturedExchanges.toModel(res.headers());
    cap.responseBody = new BodyPrefix(conn.relay.options.captureBytes());
    responding = cap;

    boolean switching = code == 101;
    List<String> options = HopByHop.connectionOptions(res.headers());
    boolean upstreamCloses = HopByHop.asksToClose(options, res.protocolVersion());
    boolean bodiless = switching || code == 204 || code == 304 || "HEAD".equals(cap.method);
    boolean chunked = HttpUtil.isTransferEncodingChunked(res);
    boolean delimited = bodiless || chunked || HttpUtil.isContentLengthSet(res);
    // A body that ends when the upstream closes (no length, not chunked) ends this upstream connection.
    closeUpstreamAfter = upstreamCloses || !delimited;
    HttpHeaders forwarded = HopByHop.forward(res.headers(), options, switching, null);
    boolean http10Client = "HTTP/1.0".equals(cap.requestVersion);
    if (http10Client && chunked && !bodiless) {
      // HTTP/1.0 has no chunked coding (RFC 9112 §6.1): the body goes as is, delimited by closing.
      forwarded.remove(HttpHeaderNames.TRANSFER_ENCODING);
      delimited = false;
    }
    if (!switching) {
      if (conn.closing || cap.clientClose || !delimited) {
        forwarded.set(CONNECTION, "close");
        conn.closing = true;
      } else if (http10Client) {
        forwarded.set(CONNECTION, "keep-alive");
      }
    }
    heldHead = new DefaultHttpResponse(HttpVersion.HTTP_1_1, res.status(), forwarded);
    return true;
  }

  /** Writes the head held back for its body (see the class comment), if any. */
  void writeHeldHead() {
    if (heldHead != null) {
      HttpResponse head = heldHead;
      heldHead = null;
      conn.ctx.write(head, conn.ctx.voidPromise());
    }
  }

  private void onContent(HttpContent content) {
    boolean last = content instanceof LastHttpContent;
    if (interim) {
      if (dropInterim) {
        content.release();
      } else {
        conn.ctx.write(content, conn.ctx.voidPromise());
      }
      if (last) {
        interim = false;
      }
      return;
    }
    if (responding == null) {
      content.release();
      return;
    }
    if (content.decoderResult().isFailure()) {
      // A broken chunk: the rest of this body cannot be framed for the client.
      content.release();
      conn.upstream.close();
      abort();
      return;
    }
    responding.responseBody.add(content.content());
    if (last && heldHead != null) {
      HttpResponse head = heldHead;
      heldHead = null;
      conn.ctx.write(new DefaultFullHttpResponse(head.protocolVersion(), head.status(), content.content(),
          head.headers(), ((LastHttpContent) content).trailingHeaders()), conn.ctx.voidPromise());
    } else {
      writeHeldHead();
      conn.ctx.write(content, conn.ctx.voidPromise());
    }
    if (last) {
      finish();
    }
  }

  private void finish() {
    ExchangeCapture cap = conn.inFlight.poll();
    responding = null;
    cap.responseComplete = true;
    cap.endNanos = conn.clock.now();
    conn.relay.sink.exchange(cap);
    if (cap.status == 101) {
      tunnel = true;
      conn.ctx.flush();
      conn.startTunnel();
      return;
    }
    if (cap.upgrade) {
      conn.upgradeAnswered();
    }
    if (closeUpstreamAfter) {
      closeUpstreamAfter = false;
      conn.upstream.close();
      for (ExchangeCapture c : conn.inFlight) {
        if (c.localAnswer == null) {
          // Pipelined requests went to a connection that is now closing: the client must retry them
          // (RFC 9112 §9.3.2), on a new connection.
          conn.closing = true;
          conn.ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
          return;
        }
      }
    }
    sendLocalAnswers();
    conn.armResponseTimer();
  }

  /** Writes the proxy's own answers that are next in line; closes when nothing more is owed. */
  void sendLocalAnswers() {
    if (responding != null) {
      return;
    }
    while (!conn.inFlight.isEmpty() && conn.inFlight.peek().localAnswer != null) {
      ExchangeCapture c = conn.inFlight.poll();
      FullHttpResponse answer = c.localAnswer;
      c.localAnswer = null;
      conn.ctx.write(answer, conn.ctx.voidPromise());
    }
    if (conn.closing && conn.inFlight.isEmpty()) {
      conn.ctx.writeAndFlush(Unpooled.EMPTY_BUFFER).addListener(ChannelFutureListener.CLOSE);
    } else {
      conn.ctx.flush();
    }
  }

  /** The upstream went away: finish what can be finished and tell the client what cannot. */
  void upstreamClosed() {
    conn.cancelResponseTimer();
    if (tunnel) {
      conn.ctx.flush();
      conn.ctx.close();
      return;
    }
    if (responding != null) {
      abort();
      return;
    }
    ExchangeCapture head = conn.inFlight.peek();
    if (head != null && head.localAnswer == null) {
      conn.failOwed(ProxyAnswer.badGateway(conn.relay.upstream, "closed the connection without answering"));
    }
  }

  /** The client went away: an exchange cut short is still checked, with the body it had so far. */
  void clientClosed() {
    if (heldHead != null) {
      ReferenceCountUtil.release(heldHead);
      heldHead = null;
    }
    if (responding != null) {
      ExchangeCapture cap = responding;
      responding = null;
      cap.endNanos = conn.clock.now();
      conn.relay.sink.exchange(cap);
    }
  }

  /** A response cut off half-way: the client cannot be told, only disconnected. */
  private void abort() {
    writeHeldHead();
    ExchangeCapture cap = responding;
    responding = null;
    if (cap != null) {
      conn.inFlight.remove(cap);
      cap.endNanos = conn.clock.now();
      conn.relay.sink.exchange(cap);
    }
    conn.ctx.flush();
    conn.ctx.close();
  }
}
