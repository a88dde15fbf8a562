package io.statuslint.proxy;

import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/** Starts a proxy in front of an upstream URL, collecting what it checks. */
final class ProxyHarness implements AutoCloseable {

  final StatuslintProxy proxy;
  final List<Exchange> exchanges = new CopyOnWriteArrayList<>();
  final List<Finding> findings = new CopyOnWriteArrayList<>();

  ProxyHarness(String upstream) throws IOException {
    this(upstream, b -> {});
  }

  ProxyHarness(String upstream, Consumer<ProxyOptions.Builder> tweak) throws IOException {
    ProxyOptions.Builder b = ProxyOptions.builder(Upstream.parse(upstream))
        .listen(new InetSocketAddress("127.0.0.1", 0));
    tweak.accept(b);
    proxy = StatuslintProxy.start(b.build(), RuleEngine.create(Config.builder().ruleset(Config.Ruleset.ALL).build()),
        2, "test");
    proxy.addListener(new ProxyListener() {
      @Override
      public void exchange(Exchange e) {
        exchanges.add(e);
      }

      @Override
      public void finding(Exchange e, Finding f) {
        findings.add(f);
      }
    });
  }

  String url() {
    return proxy.url();
  }

  int port() {
    return proxy.address().getPort();
  }

  /** Waits until the checker has seen {@code n} exchanges. */
  void awaitExchanges(int n) throws InterruptedException {
    long end = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (exchanges.size() < n && System.nanoTime() < end) {
      Thread.sleep(10);
    }
  }

  @Override
  public void close() {
    proxy.close();
  }
}
