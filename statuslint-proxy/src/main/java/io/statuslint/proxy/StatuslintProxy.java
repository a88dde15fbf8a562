package io.statuslint.proxy;

import io.statuslint.engine.RuleEngine;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A running statuslint proxy: forwards every request on {@link #address()} to the upstream, passes
 * the answers back untouched, and checks each exchange off the traffic's path. Findings reach the
 * {@link LiveBoard} (console, dashboard) and any {@link ProxyListener}.
 *
 * <pre>{@code
 * try (StatuslintProxy proxy = StatuslintProxy.start(
 *     ProxyOptions.builder(Upstream.parse("http://127.0.0.1:8080")).build(), RuleEngine.create())) {
 *   proxy.board().watch(new LiveConsole(System.out));
 *   ...
 * }
 * }</pre>
 */
public final class StatuslintProxy implements AutoCloseable {

  /** Counters of a session. */
  public record Stats(long exchanges, long dropped, long proxyAnswers, long recorded) {}

  private final ProxyOptions options;
  private final ExchangeChecker checker;
  private final LiveBoard board;
  private final Relay relay;
  private final Dashboard dashboard;
  private final TrafficRecorder recorder;
  private boolean closed;

  private StatuslintProxy(ProxyOptions options, ExchangeChecker checker, LiveBoard board, Relay relay,
      Dashboard dashboard, TrafficRecorder recorder) {
    this.options = options;
    this.checker = checker;
    this.board = board;
    this.relay = relay;
    this.dashboard = dashboard;
    this.recorder = recorder;
  }

  public static StatuslintProxy start(ProxyOptions options, RuleEngine engine) throws IOException {
    return start(options, engine, Runtime.getRuntime().availableProcessors(), null);
  }

  /**
   * Starts with {@code threads} event loops; {@code version} names the tool in recordings.
   *
   * @throws IOException when a port cannot be bound or the recording cannot be created
   */
  public static StatuslintProxy start(ProxyOptions options, RuleEngine engine, int threads, String version)
      throws IOException {
    refuseLoop(options);
    LiveBoard board = new LiveBoard(!options.keepSecrets());
    ExchangeChecker checker = new ExchangeChecker(engine, options.queueExchanges(), options.queueBytes());
    checker.addListener(board);
    TrafficRecorder recorder = null;
    Relay relay = null;
    Dashboard dashboard = null;
    try {
      if (options.record() != null) {
        recorder = TrafficRecorder.open(options.record(), options.keepSecrets(), version, options.captureBytes());
        checker.recordTo(recorder);
      }
      try {
        relay = Relay.start(options, checker, Math.max(1, threads));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IOException("interrupted while starting", e);
      }
      if (options.dashboard() != null) {
        Map<String, Object> about = new LinkedHashMap<>();
        about.put("upstream", options.upstream().url());
        about.put("listen", "http://" + Relay.authority(relay.address()));
        dashboard = Dashboard.start(options.dashboard(), board, about);
      }
      return new StatuslintProxy(options, checker, board, relay, dashboard, recorder);
    } catch (IOException | RuntimeException e) {
      if (relay != null) {
        relay.close();
      }
      checker.close();
      if (recorder != null) {
        recorder.close();
      }
      throw e;
    }
  }

  /** An upstream that is the proxy itself would forward each request to itself without end. */
  private static void refuseLoop(ProxyOptions options) throws IOException {
    InetSocketAddress listen = options.listen();
    if (listen.getPort() == 0 || listen.getPort() != options.upstream().port()) {
      return;
    }
    try {
      InetAddress up = InetAddress.getByName(options.upstream().host());
      InetAddress own = listen.getAddress();
      if (up.equals(own) || own.isAnyLocalAddress() && (up.isLoopbackAddress() || up.isAnyLocalAddress())
          || up.isLoopbackAddress() && own.isLoopbackAddress()) {
        throw new IllegalArgumentException("--upstream " + options.upstream().url()
            + " is the proxy's own address: every request would come back to it");
      }
    } catch (UnknownHostException e) {
      throw new IOException("cannot resolve the upstream host " + options.upstream().host(), e);
    }
  }

  public InetSocketAddress address() {
    return relay.address();
  }

  /** {@code http://127.0.0.1:9090}. */
  public String url() {
    return "http://" + Relay.authority(relay.address());
  }

  /** The dashboard's address, or {@code null} when it was not asked for. */
  public InetSocketAddress dashboardAddress() {
    return dashboard == null ? null : dashboard.address();
  }

  public LiveBoard board() {
    return board;
  }

  public ProxyOptions options() {
    return options;
  }

  /** Adds a listener for every checked exchange and finding (call before traffic flows). */
  public void addListener(ProxyListener l) {
    checker.addListener(l);
  }

  public Stats stats() {
    return new Stats(checker.captured(), checker.dropped(), checker.proxyAnswers(),
        recorder == null ? 0 : recorder.written());
  }

  /** The recording file, or {@code null}. */
  public Path recording() {
    return recorder == null ? null : recorder.file();
  }

  /**
   * Stops accepting traffic, checks what is still queued, finishes the recording and stops the
   * dashboard. Exchanges in progress are cut off.
   */
  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    relay.close();
    checker.close();
    try {
      if (recorder != null) {
        recorder.close();
      }
    } finally {
      if (dashboard != null) {
        dashboard.close();
      }
    }
  }
}
