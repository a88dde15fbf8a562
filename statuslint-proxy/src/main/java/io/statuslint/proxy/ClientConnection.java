package io.statuslint.proxy;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.TooLongFrameException;
import io.netty.handler.codec.http.DefaultHttpRequest;
import io.netty.handler.codec.http.FullHttpResponse;
import io.netty.handler.codec.http.HttpClientCodec;
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
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * One client connection and the upstream connection that serves it (one to one, so HTTP/1.1
 * ordering holds: responses come back in request order and are paired with their requests first in,
 * first out). Everything runs on the client channel's event loop, the upstream channel included.
 *
 * <p>Messages are relayed as Netty decodes them — head, then body chunks as they arrive — so bodies
 * stream in both directions with back-pressure (a slow reader stops reads on the other side). Only a
 * bounded prefix of each body is copied for the rules. Responses pass through {@link ResponseRelay}.
 */
final class ClientConnection extends ChannelInboundHandlerAdapter {

  final RelayContext relay;
  final FaithfulResponseEncoder encoder;
  private final RequestHeadDeadline headDeadline;
  ChannelHandlerContext ctx;

  Channel upstream;
  private boolean connecting;
  private final ArrayDeque<Object> pending = new ArrayDeque<>();
  /** Requests in order; their responses are owed to the client in the same order. */
  final ArrayDeque<ExchangeCapture> inFlight = new ArrayDeque<>();
  private ExchangeCapture receiving;
  private boolean discardingBody;
  /** No further requests are read: the connection closes once the owed responses are sent. */
  boolean closing;
  private boolean upgradePending;
  private boolean upstreamUnwritable;
  private boolean flushUpstream;
  private ScheduledFuture<?> responseTimer;
  private ScheduledFuture<?> idleTimer;
  private long lastActivity = System.nanoTime();
  private final ResponseRelay responses;

  ClientConnection(RelayContext relay, FaithfulResponseEncoder encoder, RequestHeadDeadline headDeadline) {
    this.relay = relay;
    this.encoder = encoder;
    this.headDeadline = headDeadline;
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
    lastActivity = System.nanoTime();
    if (responses.tunnel) {
      sendUpstream(msg);
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
    ExchangeCapture cap = new ExchangeCapture(relay.nextId(), req.method().name(), req.uri(),
        "http://" + host + (path.startsWith("/") ? path : "/"), req.protocolVersion().text(), req.headers(),
        relay.options.captureBytes());
    if (!target.forward()) {
      discardingBody = !(req instanceof LastHttpContent);
      ReferenceCountUtil.release(req);
      refuse(cap, ProxyAnswer.problem(HttpResponseStatus.valueOf(target.status()), target.reason(), true));
      return;
    }
    cap.clientClose = HopByHop.asksToClose(req.headers(), req.protocolVersion());
    cap.upgrade = HopByHop.asksToUpgrade(req.headers());
    HttpHeaders forwarded = HopByHop.forward(req.headers(), cap.upgrade,
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
    sendUpstream(out);
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
    sendUpstream(content);
    if (last) {
      ExchangeCapture cap = receiving;
      receiving = null;
      cap.requestComplete = true;
      cap.requestSentNanos = System.nanoTime();
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
    ExchangeCapture slot = cap != null ? cap : new ExchangeCapture(relay.nextId(), "", "", "", "", null, 0);
    slot.localAnswer = answer;
    closing = true;
    headDeadline.stop();
    inFlight.add(slot);
    relay.sink.proxyAnswered(answer.status().code());
    responses.sendLocalAnswers();
  }

  void sendUpstream(Object msg) {
    if (upstream == null && !connecting) {
      connect();
    }
    if (connecting) {
      pending.add(msg);
      return;
    }
    upstream.write(msg, upstream.voidPromise());
    flushUpstream = true;
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    if (flushUpstream && upstream != null) {
      flushUpstream = false;
      upstream.flush();
      if (!upstream.isWritable()) {
        upstreamUnwritable = true;
        updateClientReads();
      }
    }
  }

  private void connect() {
    connecting = true;
    updateClientReads();
    Bootstrap b = new Bootstrap()
        .group(ctx.channel().eventLoop())
        .channel(relay.upstreamChannelType)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) relay.options.connectTimeout().toMillis())
        .handler(new ChannelInitializer<>() {
          @Override
          protected void initChannel(Channel ch) {
            ch.pipeline().addLast("http", new HttpClientCodec(RelayContext.decoderConfig(), false, false));
            ch.pipeline().addLast("relay", new UpstreamHandler(ClientConnection.this));
          }
        });
    b.connect(relay.upstream.host(), relay.upstream.port()).addListener((ChannelFutureListener) f -> {
      connecting = false;
      if (f.isSuccess() && ctx.channel().isActive()) {
        upstream = f.channel();
        Object msg;
        while ((msg = pending.poll()) != null) {
          upstream.write(msg, upstream.voidPromise());
        }
        upstream.flush();
        updateClientReads();
        armResponseTimer();
      } else {
        f.channel().close();
        releasePending();
        if (ctx.channel().isActive()) {
          Throwable cause = f.cause();
          failOwed(cause instanceof ConnectTimeoutException
              ? ProxyAnswer.gatewayTimeout(relay.upstream, "did not accept a connection within "
                  + relay.options.connectTimeout().toMillis() + " ms")
              : ProxyAnswer.badGateway(relay.upstream, "could not be reached: "
                  + (cause == null ? "connection failed" : cause.getMessage())));
        }
      }
    });
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
    if (responseTimer != null || connecting) {
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
    if (head == null || connecting) {
      return;
    }
    long left = left(head);
    if (left > 0) {
      responseTimer = ctx.executor().schedule(this::responseTimerFired, left, TimeUnit.NANOSECONDS);
      return;
    }
    closeUpstream();
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
    boolean read = !connecting && !upgradePending && !upstreamUnwritable;
    ctx.channel().config().setAutoRead(read);
  }

  void upgradeAnswered() {
    upgradePending = false;
    updateClientReads();
  }

  void upstreamWritabilityChanged(Channel ch) {
    if (ch == upstream && upstreamUnwritable && ch.isWritable()) {
      upstreamUnwritable = false;
      updateClientReads();
    }
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    if (upstream != null && ctx.channel().isWritable()) {
      upstream.config().setAutoRead(true);
    }
  }

  // ---- upstream -> client (see ResponseRelay) ----

  void fromUpstream(Channel ch, Object msg) {
    if (ch != upstream) {
      ReferenceCountUtil.release(msg);
      return;
    }
    lastActivity = System.nanoTime();
    responses.onMessage(msg);
  }

  void upstreamReadComplete(Channel ch) {
    if (ch != upstream) {
      return;
    }
    ctx.flush();
    if (!ctx.channel().isWritable()) {
      ch.config().setAutoRead(false);
    }
  }

  void upstreamClosed(Channel ch) {
    if (ch != upstream) {
      return;
    }
    upstream = null;
    responses.upstreamClosed();
  }

  void closeUpstream() {
    Channel up = upstream;
    upstream = null;
    if (up != null) {
      up.close();
    }
  }

  /** Turns both connections into a byte tunnel after a 101 (WebSocket, h2c…): no HTTP parsing any more. */
  void startTunnel() {
    headDeadline.stop();
    if (ctx.pipeline().get(HttpObjectDecoder.class) != null) {
      ctx.pipeline().remove(HttpObjectDecoder.class);
    }
    ctx.pipeline().remove(encoder);
    if (upstream != null) {
      upstream.pipeline().remove("http");
    }
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
    cancelResponseTimer();
    if (idleTimer != null) {
      idleTimer.cancel(false);
      idleTimer = null;
    }
    releasePending();
    responses.clientClosed();
    closeUpstream();
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

  private void releasePending() {
    Object msg;
    while ((msg = pending.poll()) != null) {
      ReferenceCountUtil.release(msg);
    }
  }
}
