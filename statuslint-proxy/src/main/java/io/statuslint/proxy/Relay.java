package io.statuslint.proxy;

import io.netty.bootstrap.ServerBootstrap;
import io.netty.channel.Channel;
import io.netty.channel.ChannelInitializer;
import io.netty.channel.ChannelOption;
import io.netty.channel.EventLoopGroup;
import io.netty.channel.IoHandlerFactory;
import io.netty.channel.MultiThreadIoEventLoopGroup;
import io.netty.channel.ServerChannel;
import io.netty.channel.epoll.Epoll;
import io.netty.channel.epoll.EpollIoHandler;
import io.netty.channel.epoll.EpollServerSocketChannel;
import io.netty.channel.epoll.EpollSocketChannel;
import io.netty.channel.nio.NioIoHandler;
import io.netty.channel.socket.SocketChannel;
import io.netty.channel.socket.nio.NioServerSocketChannel;
import io.netty.channel.socket.nio.NioSocketChannel;
import io.netty.handler.codec.http.HttpRequestDecoder;
import io.netty.util.ResourceLeakDetector;
import io.netty.util.concurrent.DefaultThreadFactory;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeUnit;

/**
 * The Netty server side: accepts client connections and gives each its pipeline — a deadline for
 * slow request heads, Netty's HTTP/1.1 request decoder, the faithful response
 * encoder, and the {@link ClientConnection} that relays. One event loop per core; the upstream
 * connection of a client shares the client's event loop, so a relay never crosses threads.
 */
final class Relay implements AutoCloseable {

  private final EventLoopGroup group;
  private final Channel server;
  private final InetSocketAddress address;

  private Relay(EventLoopGroup group, Channel server) {
    this.group = group;
    this.server = server;
    this.address = (InetSocketAddress) server.localAddress();
  }

  static Relay start(ProxyOptions options, CaptureSink sink, int threads) throws InterruptedException {
    quietLeakDetection();
    boolean epoll = Epoll.isAvailable();
    IoHandlerFactory io = epoll ? EpollIoHandler.newFactory() : NioIoHandler.newFactory();
    Class<? extends ServerChannel> serverType = epoll ? EpollServerSocketChannel.class : NioServerSocketChannel.class;
    Class<? extends Channel> clientType = epoll ? EpollSocketChannel.class : NioSocketChannel.class;
    EventLoopGroup group = new MultiThreadIoEventLoopGroup(threads, new DefaultThreadFactory("statuslint-proxy", true), io);
    try {
      InetSocketAddress listen = options.listen();
      RelayContext[] context = new RelayContext[1];
      ServerBootstrap b = new ServerBootstrap()
          .group(group)
          .channel(serverType)
          .option(ChannelOption.SO_BACKLOG, 1024)
          .childOption(ChannelOption.TCP_NODELAY, true)
          .childOption(ChannelOption.ALLOCATOR, RelayContext.allocator())
          .childHandler(new ChannelInitializer<SocketChannel>() {
            @Override
            protected void initChannel(SocketChannel ch) {
              ReadClock clock = new ReadClock();
              RequestHeadDeadline deadline = new RequestHeadDeadline(options.requestHeadTimeout().toNanos(), clock);
              FaithfulResponseEncoder encoder = new FaithfulResponseEncoder();
              ch.pipeline()
                  .addLast(deadline)
                  .addLast(new HttpRequestDecoder(RelayContext.decoderConfig()))
                  .addLast(encoder)
                  .addLast(new ClientConnection(context[0], encoder, deadline, clock));
            }
          });
      Channel server = b.bind(listen).sync().channel();
      InetSocketAddress bound = (InetSocketAddress) server.localAddress();
      context[0] = new RelayContext(options, new RequestTarget(ownAuthorities(bound)), sink, clientType,
          authority(bound));
      return new Relay(group, server);
    } catch (InterruptedException | RuntimeException e) {
      group.shutdownGracefully(0, 1, TimeUnit.SECONDS);
      throw e;
    }
  }

  /**
   * Netty samples one buffer allocation in 128 for leak tracking by default, recording a stack trace
   * each time: a few per cent of the relay's time, for a check that belongs in tests. Off unless the
   * user asks for it with {@code -Dio.netty.leakDetection.level=...}.
   */
  private static void quietLeakDetection() {
    if (System.getProperty("io.netty.leakDetection.level") == null
        && System.getProperty("io.netty.leakDetectionLevel") == null) {
      ResourceLeakDetector.setLevel(ResourceLeakDetector.Level.DISABLED);
    }
  }

  /** The names under which clients reach this proxy, for absolute-form request targets. */
  private static Set<String> ownAuthorities(InetSocketAddress bound) {
    Set<String> out = new LinkedHashSet<>();
    int port = bound.getPort();
    out.add(authority(bound).toLowerCase(Locale.ROOT));
    InetAddress a = bound.getAddress();
    if (a.isLoopbackAddress() || a.isAnyLocalAddress()) {
      out.add("localhost:" + port);
      out.add("127.0.0.1:" + port);
      out.add("[::1]:" + port);
    }
    return out;
  }

  static String authority(InetSocketAddress a) {
    String host = a.getAddress().getHostAddress();
    return (host.contains(":") ? "[" + host + "]" : host) + ":" + a.getPort();
  }

  InetSocketAddress address() {
    return address;
  }

  @Override
  public void close() {
    server.close().syncUninterruptibly();
    group.shutdownGracefully(0, 2, TimeUnit.SECONDS).syncUninterruptibly();
  }
}
