package io.statuslint.proxy;

import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInboundHandlerAdapter;

/** The inbound end of one upstream connection: everything it reads goes to its client connection. */
final class UpstreamHandler extends ChannelInboundHandlerAdapter {

  private final ClientConnection client;

  UpstreamHandler(ClientConnection client) {
    this.client = client;
  }

  @Override
  public void channelRead(ChannelHandlerContext ctx, Object msg) {
    client.fromUpstream(ctx.channel(), msg);
  }

  @Override
  public void channelReadComplete(ChannelHandlerContext ctx) {
    client.upstreamReadComplete(ctx.channel());
  }

  @Override
  public void channelWritabilityChanged(ChannelHandlerContext ctx) {
    client.upstreamWritabilityChanged(ctx.channel());
  }

  @Override
  public void channelInactive(ChannelHandlerContext ctx) {
    client.upstreamClosed(ctx.channel());
  }

  @Override
  public void exceptionCaught(ChannelHandlerContext ctx, Throwable cause) {
    // Resets and broken pipes end up in channelInactive, which decides what the client gets.
    if (Boolean.getBoolean("statuslint.debug")) {
      cause.printStackTrace();
    }
    ctx.close();
  }
}
