package io.statuslint.proxy;

import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpHeaders;
import io.netty.handler.codec.http.HttpObjectDecoder;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.netty.handler.codec.http.HttpVersion;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.handler.codec.http.TooLongHttpHeaderException;
import io.netty.handler.codec.http.TooLongHttpLineException;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;
import java.util.List;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client connection and the upstream connection that serves it (one to one, so HTTP/1.1
 * ordering holds: responses come back in request order and are paired with their requests first in,
 * first out). Everything runs on the client channel's event loop, the upstream channel included.
 *
 * <p>Messages are relayed as Netty decodes them — head, then body chunks as they arrive — so bodies
 * stream in both directions with back-pressure (a slow reader stops reads on the other side). Only a
 * bounded prefix of each body is copied for the rules. Requests leave through {@link UpstreamLink},
 * responses come back through {@link ResponseRelay}.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter {

  final RelayContext relay;
  final FaithfulResponseEncoder encoder;
  private final RequestHeadDeadline headDeadline;
  final ReadClock clock;
  ChannelHandlerContext ctx;

  final UpstreamLink upstream = new UpstreamLink(this);
  /** Requests in order; their responses are owed to the client in the same order. */
  final ArrayDeque<ExchangeCapture> inFlight = new ArrayDeque<>();
  private ExchangeCapture receiving;
  private boolean discardingBody;
  /** No further requests are read: the connection closes once the owed responses are sent. */
  boolean closing;
  private boolean upgradePending;
  private boolean upstreamUnwritable;
  private ScheduledFuture<?> responseTimer;
  private ScheduledFuture<?> idleTimer;
  private long lastActivity = System.nanoTime();
  private final ResponseRelay responses;

  ClientConnection(RelayContext relay, FaithfulResponseEncoder encoder, RequestHeadDeadline headDeadline,
      ReadClock clock) {
    this.relay = relay;
    this.encoder = encoder;
    this.headDeadline = headDeadline;
    this.clock = clock;
    this.responses = new ResponseRelay(this);
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void channelActive(ChannelHandlerContext ctx) {
    idleTimer = ctx.executor().schedule(this::idleCheck, relay.options.idleTimeout().toNanos(), TimeUnit.NANOSECONDS);
    ctx.fireChannelActive();
  }

  /**
   * Closes a connection on which nothing was read from either side for the idle timeout. Checked by
   * one timer that re-arms itself (Netty's IdleStateHandler would add a listener to every write).
   */
  private void idleCheck() {
    long left = relay.options.idleTimeout().toNanos() - (System.nanoTime() - lastActivity);
    if (left > 0) {
      idleTimer = ctx.executor().schedule(this::idleCheck, left, TimeUnit.NANOSECONDS);
    } else {
      idleTimer = null;
      ctx.close();
    }
  }

  // ---- client -> upstream ----

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    lastActivity = clock.now();
    if (responses.tunnel) {
      upstream.send(msg);
      return;
    }
    if (msg instanceof HttpRequest req) {
      onRequest(req);
    } else if (msg instanceof HttpContent content) {
      onRequestContent(content);
    } else {
      ReferenceCountUtil.release(msg);
    }
  }

  private void onRequest(HttpRequest req) {
    headDeadline.headReceived();
    if (closing) {
      ReferenceCountUtil.release(req);
      discardingBody = true;
      return;
    }
    if (req.decoderResult().isFailure()) {
      Throwable cause = req.decoderResult().cause();
      ReferenceCountUtil.release(req);
      HttpResponseStatus status = cause instanceof TooLongHttpLineException ? HttpResponseStatus.REQUEST_URI_TOO_LONG
          : cause instanceof TooLongHttpHeaderException ? HttpResponseStatus.REQUEST_HEADER_FIELDS_TOO_LARGE
          : HttpResponseStatus.BAD_REQUEST;
      String why = cause instanceof TooLongFrameException ? "the request line or header section is larger than "
          + "the proxy accepts (64 KiB)" : "the request is not valid HTTP/1.1 (" + cause.getMessage() + ")";
      refuse(null, ProxyAnswer.problem(status, why, true));
      return;
    }
    encoder.expect(req.method());
    RequestTarget.Decision target = relay.targets.decide(req.method(), req.uri());
    String host = req.headers().get(HttpHeaderNames.HOST, relay.listenAuthority);
    String path = target.forward() ? target.originForm() : req.uri();
    ExchangeCapture cap = new ExchangeCapture(relay.nextId(), clock.now(), relay.wallClock(), req.method().name(),
        req.uri(), "http://" + host + (path.startsWith("/") ? path : "/"), req.protocolVersion().text(),
        CapturedExchanges.toModel(req.headers()), relay.options.captureBytes());
    if (!target.forward()) {
      discardingBody = !(req instanceof LastHttpContent);
      ReferenceCountUtil.release(req);
      refuse(cap, ProxyAnswer.problem(HttpResponseStatus.valueOf(target.status()), target.reason(), true));
      return;
    }
    List<String> options = HopByHop.connectionOptions(req.headers());
    cap.clientClose = HopByHop.asksToClose(options, req.protocolVersion());
    cap.upgrade = HopByHop.asksToUpgrade(req.headers(), options);
    HttpHeaders forwarded = HopByHop.forward(req.headers(), options, cap.upgrade,
        relay.options.preserveHost() ? null : relay.upstream.authority());
    HopByHop.addVia(forwarded, req.protocolVersion());
    // An intermediary sends its own protocol version (RFC 9110 §6.2).
    HttpRequest out = new DefaultHttpRequest(HttpVersion.HTTP_1_1, req.method(),
        target.originForm().equals("*") ? "*" : relay.upstream.basePath() + target.originForm(), forwarded);
    if (cap.clientClose) {
      closing = true;
    }
    inFlight.add(cap);
    receiving = cap;
    upstream.send(out);
  }

  private void onRequestContent(HttpContent content) {
    boolean last = content instanceof LastHttpContent;
    if (discardingBody || receiving == null) {
      content.release();
      if (last) {
        discardingBody = false;
        headDeadline.expectHead();
      }
      return;
    }
    receiving.requestBody.add(content.content());
    upstream.send(content);
    if (last) {
      ExchangeCapture cap = receiving;
      receiving = null;
      cap.requestComplete = true;
      cap.requestSentNanos = clock.now();
      if (cap.upgrade) {
        // Bytes after an upgrade request belong to the new protocol: read none until the answer.
        upgradePending = true;
        updateClientReads();
      } else if (!closing) {
        headDeadline.expectHead();
      }
      armResponseTimer();
    }
  }

  /** Queues the proxy's own answer after the responses still owed, and stops reading requests. */
  private void refuse(ExchangeCapture cap, FullHttpResponse answer) {
    ExchangeCapture slot = cap != null ? cap
        : new ExchangeCapture(relay.nextId(), clock.now(), relay.wallClock(), "", "", "", "", null, 0);
    slot.localAnswer = answer;
    closing = true;
    headDeadline.stop();
    inFlight.add(slot);
    relay.sink.proxyAnswered(answer.status().code());
    responses.sendLocalAnswers();
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    clock.end();
    if (!upstream.flush()) {
      upstreamUnwritable = true;
      updateClientReads();
    }
  }

  /**
   * Answers the oldest request still owed a response with {@code answer} and closes: the upstream
   * connection is gone, so requests pipelined behind it cannot be answered (the client retries them).
   */
  void failOwed(FullHttpResponse answer) {
    cancelResponseTimer();
    closing = true;
    headDeadline.stop();
    ExchangeCapture head = inFlight.peek();
    if (head == null || head.localAnswer != null || head.hasResponse()) {
      answer.release();
      ctx.flush();
      ctx.close();
      return;
    }
    inFlight.poll();
    relay.sink.proxyAnswered(answer.status().code());
    ctx.writeAndFlush(answer).addListener(ChannelFutureListener.CLOSE);
  }

  // ---- timers and flow control ----

  /**
   * Makes sure a timer watches the oldest request still waiting for its response to start. One timer
   * per connection, re-armed when it fires early rather than cancelled per response: scheduling and
   * cancelling a task for every request would cost more than the proxying itself.
   */
  void armResponseTimer() {
    if (responseTimer != null || upstream.connecting()) {
      return;
    }
    ExchangeCapture head = waitingHead();
    if (head != null) {
      responseTimer = ctx.executor().schedule(this::responseTimerFired, left(head), TimeUnit.NANOSECONDS);
    }
  }

  private void responseTimerFired() {
    responseTimer = null;
    ExchangeCapture head = waitingHead();
    if (head == null || upstream.connecting()) {
      return;
    }
    long left = left(head);
    if (left > 0) {
      responseTimer = ctx.executor().schedule(this::responseTimerFired, left, TimeUnit.NANOSECONDS);
      return;
    }
    upstream.close();
    failOwed(ProxyAnswer.gatewayTimeout(relay.upstream, "did not start its response within "
        + relay.options.responseTimeout().toMillis() + " ms"));
  }

  private ExchangeCapture waitingHead() {
    ExchangeCapture head = inFlight.peek();
    return head == null || head.localAnswer != null || !head.requestComplete || head.hasResponse() ? null : head;
  }

  private long left(ExchangeCapture head) {
    return Math.max(0, relay.options.responseTimeout().toNanos() - (System.nanoTime() - head.requestSentNanos));
  }

  void cancelResponseTimer() {
    if (responseTimer != null) {
      responseTimer.cancel(false);
      responseTimer = null;
    }
  }

  void updateClientReads() {
    boolean read = !upstream.connecting() && !upgradePending && !upstreamUnwritable;
    ctx.channel().config().setAutoRead(read);
  }

  void upgradeAnswered() {
    upgradePending = false;
    updateClientReads();
  }

  void upstreamWritabilityChanged(Channel ch) {
    if (upstream.is(ch) && upstreamUnwritable && ch.isWritable()) {
      upstreamUnwritable = false;
      updateClientReads();
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (ctx.channel().isWritable()) {
      upstream.resumeReads();
    }
  }

  // ---- upstream -> client (see ResponseRelay) ----

  void fromUpstream(Channel ch, Object msg) {
    if (!upstream.is(ch)) {
      ReferenceCountUtil.release(msg);
      return;
    }
    clock.begin();
    lastActivity = clock.now();
    responses.onMessage(msg);
  }

  void upstreamReadComplete(Channel ch) {
    clock.end();
    if (!upstream.is(ch)) {
      return;
    }
    responses.writeHeldHead();
    ctx.flush();
    if (!ctx.channel().isWritable()) {
      ch.config().setAutoRead(false);
    }
  }

  void upstreamClosed(Channel ch) {
    if (!upstream.is(ch)) {
      return;
    }
    upstream.lost(ch);
    responses.upstreamClosed();
  }

  /** Turns both connections into a byte tunnel after a 101 (WebSocket, h2c…): no HTTP parsing any more. */
  void startTunnel() {
    headDeadline.stop();
    if (ctx.pipeline().get(HttpObjectDecoder.class) != null) {
      ctx.pipeline().remove(HttpObjectDecoder.class);
    }
    ctx.pipeline().remove(encoder);
    upstream.startTunnel();
    upgradeAnswered();
  }

  // ---- lifecycle ----

  @Override
  public void userEventTriggered(ChannelHandlerContext ctx, Object evt) {
    if (evt == RequestHeadDeadline.EXPIRED) {
      if (inFlight.isEmpty() && receiving == null) {
        refuse(null, ProxyAnswer.problem(HttpResponseStatus.REQUEST_TIMEOUT,
            "the request head did not arrive in time", true));
      } else {
        ctx.close();
      }
    } else {
      ctx.fireUserEventTriggered(evt);
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    clock.end();
    cancelResponseTimer();
    if (idleTimer != null) {
      idleTimer.cancel(false);
      idleTimer = null;
    }
    responses.clientClosed();
    upstream.release();
    for (ExchangeCapture c : inFlight) {
      if (c.localAnswer != null) {
        c.localAnswer.release();
        c.localAnswer = null;
      }
    }
    inFlight.clear();
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // A reset or broken pipe from the client: nothing to answer, just let go of both sides.
    if (Boolean.getBoolean("statuslint.debug")) {
      cause.printStackTrace();
    }
    ctx.close();
  }
}
