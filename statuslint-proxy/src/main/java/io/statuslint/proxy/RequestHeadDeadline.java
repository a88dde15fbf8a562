package io.statuslint.proxy;

import io.netty.channel.ChannelDuplexHandler;
import io.netty.channel.ChannelHandlerContext;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;

/**
 * Cuts off clients that take too long to send a request's head — the slowloris pattern of holding
 * connections open with a byte now and then. The clock starts at the first byte of a head and stops
 * when the head is complete; an idle keep-alive connection is not on the clock.
 */
final class RequestHeadDeadline extends ChannelDuplexHandler {

  /** Fired down the pipeline when a head took too long. */
  static final Object EXPIRED = new Object();

  private final long timeoutNanos;
  private final ReadClock clock;
  private ChannelHandlerContext ctx;
  private boolean awaitingHead = true;
  /** When the head now arriving started (0: none is arriving). */
  private long headStarted;
  private ScheduledFuture<?> timer;

  RequestHeadDeadline(long timeoutNanos, ReadClock clock) {
    this.timeoutNanos = timeoutNanos;
    this.clock = clock;
  }

  @Override
  public void handlerAdded(ChannelHandlerContext ctx) {
    this.ctx = ctx;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) throws Exception {
    // First in the pipeline: the client connection's read batch starts here.
    clock.begin();
    if (awaitingHead && headStarted == 0) {
      headStarted = clock.now();
      if (timer == null) {
        timer = ctx.executor().schedule(this::expire, timeoutNanos, TimeUnit.NANOSECONDS);
      }
    }
    super.channelRead(ctx, msg);
  }

  /**
   * A request head was read completely. The timer is left to run out rather than cancelled: on a
   * busy keep-alive connection one timer per timeout period serves every request.
   */
  void headReceived() {
    awaitingHead = false;
    headStarted = 0;
  }

  /** The request (body included) was read; the next bytes start a new head. */
  void expectHead() {
    awaitingHead = true;
  }

  /** No more heads are expected on this connection (it turned into a tunnel, or is closing). */
  void stop() {
    awaitingHead = false;
    headStarted = 0;
    cancel();
  }

  private void expire() {
    timer = null;
    if (!awaitingHead || headStarted == 0 || !ctx.channel().isActive()) {
      return;
    }
    long left = timeoutNanos - (System.nanoTime() - headStarted);
    if (left > 0) {
      timer = ctx.executor().schedule(this::expire, left, TimeUnit.NANOSECONDS);
    } else {
      ctx.fireUserEventTriggered(EXPIRED);
    }
  }

  private void cancel() {
    if (timer != null) {
      timer.cancel(false);
      timer = null;
    }
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) throws Exception {
    cancel();
    super.channelInactive(ctx);
  }
}
