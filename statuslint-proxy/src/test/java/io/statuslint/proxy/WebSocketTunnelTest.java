package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelHandlerContext;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.SimpleChannelInboundHandler;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.handler.codec.http.HttpObjectAggregator;
import io.netty.handler.codec.http.HttpServerCodec;
import io.netty.handler.codec.http.websocketx.TextWebSocketFrame;
import io.netty.handler.codec.http.websocketx.WebSocketFrameAggregator;
import io.netty.handler.codec.http.websocketx.WebSocketServerProtocolHandler;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A WebSocket upgrade (101) is answered by the upstream and then tunnelled byte for byte. */
class WebSocketTunnelTest {

  @Test
  void aWebSocketSessionRunsThroughTheProxyAndItsHandshakeIsChecked() throws Exception {
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(1, NioIoHandler.newFactory());
    try {
      Channel echo = new ServerBootstrap().group(group).channel(NioServerSocketChannel.class)
          .childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
              ch.pipeline().addLast(new HttpServerCodec(), new HttpObjectAggregator(65536),
                  new WebSocketServerProtocolHandler("/ws", null, false, 1 << 20),
                  new WebSocketFrameAggregator(1 << 20),
                  new SimpleChannelInboundHandler<TextWebSocketFrame>() {
                    @Override
                    protected void channelRead0(ChannelHandlerContext ctx, TextWebSocketFrame f) {
                      ctx.writeAndFlush(new TextWebSocketFrame("echo: " + f.text()));
                    }
                  });
            }
          }).bind(new InetSocketAddress("127.0.0.1", 0)).sync().channel();
      int port = ((InetSocketAddress) echo.localAddress()).getPort();
      try (ProxyHarness p = new ProxyHarness("http://127.0.0.1:" + port)) {
        LinkedBlockingQueue<String> got = new LinkedBlockingQueue<>();
        StringBuilder partial = new StringBuilder();
        WebSocket ws = HttpClient.newHttpClient().newWebSocketBuilder()
            .buildAsync(URI.create("ws://127.0.0.1:" + p.port() + "/ws"), new WebSocket.Listener() {
              @Override
              public CompletionStage<?> onText(WebSocket w, CharSequence data, boolean last) {
                partial.append(data);
                if (last) {
                  got.add(partial.toString());
                  partial.setLength(0);
                }
                w.request(1);
                return CompletableFuture.completedFuture(null);
              }
            }).get(10, TimeUnit.SECONDS);
        for (int i = 0; i < 3; i++) {
          ws.sendText("hello " + i, true).get(5, TimeUnit.SECONDS);
          assertThat(got.poll(5, TimeUnit.SECONDS)).isEqualTo("echo: hello " + i);
        }
        String big = "x".repeat(200_000);
        ws.sendText(big, true).get(5, TimeUnit.SECONDS);
        assertThat(got.poll(5, TimeUnit.SECONDS)).hasSize(200_006);
        ws.sendClose(WebSocket.NORMAL_CLOSURE, "bye").get(5, TimeUnit.SECONDS);

        p.awaitExchanges(1);
        assertThat(p.exchanges).singleElement().satisfies(e -> {
          assertThat(e.response().status()).isEqualTo(101);
          assertThat(e.response().headers().first("Upgrade")).isEqualToIgnoringCase("websocket");
        });
        assertThat(p.findings).isEmpty();
      }
      echo.close().sync();
    } finally {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS).sync();
    }
  }
}
