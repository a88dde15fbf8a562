package io.statuslint.proxy;

import io.netty.bootstrap.Bootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelFutureListener;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.ConnectTimeoutException;
import io.netty.handler.codec.http.DefaultFullHttpRequest;
import io.netty.handler.codec.http.HttpContent;
import io.netty.handler.codec.http.HttpRequest;
import io.netty.handler.codec.http.LastHttpContent;
import io.netty.util.ReferenceCountUtil;
import java.util.ArrayDeque;

/**
 * The upstream end of a {@link ClientConnection}: the one upstream connection that serves the
 * client, opened on first use on the client's event loop. Requests written before it is connected
 * wait in order; writes are flushed once per client read batch, not per message.
 *
 * <p>A request head is held back until the next message of the same read batch: when that is the
 * request's last content (a GET's empty end, or a small body read with its head), both go out as one
 * message, which Netty's encoder writes as one buffer. The bytes on the wire are the same either way.
 */
final class UpstreamLink {

  private final ClientConnection conn;
  private Channel channel;
  private boolean connecting;
  private final ArrayDeque<Object> pending = new ArrayDeque<>();
  private HttpRequest heldHead;
  private boolean written;

  UpstreamLink(ClientConnection conn) {
    this.conn = conn;
  }

  /** Whether {@code ch} is the current upstream connection (messages of an old one are ignored). */
  boolean is(Channel ch) {
    return ch == channel && ch != null;
  }

  boolean connecting() {
    return connecting;
  }

  boolean isOpen() {
    return channel != null;
  }

  /** Queues {@code msg} for the upstream, connecting first if needed. */
  void send(Object msg) {
    if (heldHead != null) {
      HttpRequest head = heldHead;
      heldHead = null;
      if (msg instanceof LastHttpContent last) {
        msg = new DefaultFullHttpRequest(head.protocolVersion(), head.method(), head.uri(), last.content(),
            head.headers(), last.trailingHeaders());
      } else {
        write(head);
      }
    } else if (msg instanceof HttpRequest head && !(msg instanceof HttpContent)) {
      heldHead = head;
      return;
    }
    write(msg);
  }

  private void write(Object msg) {
    if (channel == null && !connecting) {
      connect();
    }
    if (connecting) {
      pending.add(msg);
      return;
    }
    channel.write(msg, channel.voidPromise());
    written = true;
  }

  /**
   * The end of a client read batch: sends what is held and flushes once. Returns false when the
   * upstream cannot take more for now (the caller stops reading from the client).
   */
  boolean flush() {
    if (heldHead != null) {
      HttpRequest head = heldHead;
      heldHead = null;
      write(head);
    }
    if (written && channel != null) {
      written = false;
      channel.flush();
      return channel.isWritable();
    }
    return true;
  }

  private void connect() {
    connecting = true;
    conn.updateClientReads();
    RelayContext relay = conn.relay;
    Bootstrap b = new Bootstrap()
        .group(conn.ctx.channel().eventLoop())
        .channel(relay.upstreamChannelType)
        .option(ChannelOption.TCP_NODELAY, true)
        .option(ChannelOption.ALLOCATOR, relay.allocator)
        .option(ChannelOption.CONNECT_TIMEOUT_MILLIS, (int) relay.options.connectTimeout().toMillis())
        .handler(new ChannelInitializer<>() {
          @Override
          protected void initChannel(Channel ch) {
            UpstreamCodec.addTo(ch.pipeline());
            ch.pipeline().addLast("relay", new UpstreamHandler(conn));
          }
        });
    b.connect(relay.upstream.host(), relay.upstream.port()).addListener((ChannelFutureListener) f -> {
      connecting = false;
      if (f.isSuccess() && conn.ctx.channel().isActive()) {
        channel = f.channel();
        Object msg;
        while ((msg = pending.poll()) != null) {
          channel.write(msg, channel.voidPromise());
        }
        channel.flush();
        conn.updateClientReads();
        conn.armResponseTimer();
      } else {
        f.channel().close();
        releasePending();
        if (conn.ctx.channel().isActive()) {
          Throwable cause = f.cause();
          conn.failOwed(cause instanceof ConnectTimeoutException
              ? ProxyAnswer.gatewayTimeout(relay.upstream, "did not accept a connection within "
                  + relay.options.connectTimeout().toMillis() + " ms")
              : ProxyAnswer.badGateway(relay.upstream, "could not be reached: "
                  + (cause == null ? "connection failed" : cause.getMessage())));
        }
      }
    });
  }

  /** The upstream connection {@code ch} closed by itself. */
  void lost(Channel ch) {
    if (ch == channel) {
      channel = null;
    }
  }

  /** Reads from the upstream again (the client caught up). */
  void resumeReads() {
    if (channel != null) {
      channel.config().setAutoRead(true);
    }
  }

  /** After a 101: the upstream connection carries bytes only. */
  void startTunnel() {
    if (channel != null) {
      UpstreamCodec.removeFrom(channel.pipeline());
    }
  }

  /** Closes the upstream connection (if any); what it still sends is ignored. */
  void close() {
    Channel up = channel;
    channel = null;
    if (up != null) {
      up.close();
    }
  }

  /** The client connection is gone: lets go of everything not yet sent. */
  void release() {
    if (heldHead != null) {
      ReferenceCountUtil.release(heldHead);
      heldHead = null;
    }
    releasePending();
    close();
  }

  private void releasePending() {
    Object msg;
    while ((msg = pending.poll()) != null) {
      ReferenceCountUtil.release(msg);
    }
  }
}
