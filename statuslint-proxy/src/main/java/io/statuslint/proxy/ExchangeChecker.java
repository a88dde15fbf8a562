package io.statuslint.proxy;

import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.concurrent.locks.LockSupport;

/**
 * Checks captured exchanges off the traffic's path: the relay drops each finished capture into a
 * bounded queue and goes on; one thread takes them, builds the model exchange, runs the rules and
 * tells the listeners. When the queue is full (by count or by bytes held) a capture is dropped and
 * counted, never waited for: the proxy never slows the traffic to keep up with its own checking.
 *
 * <p>The relay never wakes the checker either: the checker drains the queue and, when it is empty,
 * naps for a millisecond. Waking a parked thread per exchange would cost a system call and a context
 * switch on the event loop's core for every request.
 */
final class ExchangeChecker implements CaptureSink, AutoCloseable {

  private final RuleEngine engine;
  private final ConcurrentLinkedQueue<ExchangeCapture> queue = new ConcurrentLinkedQueue<>();
  private final int maxExchanges;
  private final AtomicInteger queued = new AtomicInteger();
  private final long maxBytes;
  private final AtomicLong queuedBytes = new AtomicLong();
  private final LongAdder dropped = new LongAdder();
  private final LongAdder proxyAnswers = new LongAdder();
  private final LongAdder captured = new LongAdder();
  private final List<ProxyListener> listeners = new CopyOnWriteArrayList<>();
  private final Thread thread;
  private volatile boolean stopping;
  private volatile TrafficRecorder recorder;

  ExchangeChecker(RuleEngine engine, int maxExchanges, long maxBytes) {
    this.engine = engine;
    this.maxExchanges = Math.max(1, maxExchanges);
    this.maxBytes = maxBytes;
    this.thread = new Thread(this::run, "statuslint-checker");
    thread.setDaemon(true);
    thread.start();
  }

  void addListener(ProxyListener l) {
    listeners.add(l);
  }

  /** Records every checked exchange (set before traffic flows). */
  void recordTo(TrafficRecorder r) {
    this.recorder = r;
  }

  @Override
  public void exchange(ExchangeCapture capture) {
    captured.increment();
    long weight = capture.weight();
    if (queued.incrementAndGet() > maxExchanges) {
      queued.decrementAndGet();
      dropped.increment();
      return;
    }
    if (queuedBytes.addAndGet(weight) > maxBytes) {
      queuedBytes.addAndGet(-weight);
      queued.decrementAndGet();
      dropped.increment();
      return;
    }
    queue.offer(capture);
  }

  @Override
  public void proxyAnswered(int status) {
    proxyAnswers.increment();
  }

  private void run() {
    while (true) {
      ExchangeCapture c = queue.poll();
      if (c == null) {
        if (stopping) {
          return;
        }
        LockSupport.parkNanos(1_000_000);
        continue;
      }
      queued.decrementAndGet();
      queuedBytes.addAndGet(-c.weight());
      try {
        check(c);
      } catch (RuntimeException e) {
        // One odd exchange (or a faulty listener) must not end checking for the rest of the session.
        System.err.println("statuslint proxy: could not check exchange " + c.id + ": " + e);
      }
    }
  }

  private void check(ExchangeCapture c) {
    Exchange e = CapturedExchanges.toExchange(c);
    TrafficRecorder r = recorder;
    if (r != null) {
      r.record(e, c);
    }
    for (ProxyListener l : listeners) {
      l.exchange(e);
    }
    engine.check(e, (Finding f) -> {
      for (ProxyListener l : listeners) {
        l.finding(e, f);
      }
    });
  }

  /** Exchanges handed over by the relay (checked or dropped). */
  long captured() {
    return captured.sum();
  }

  /** Exchanges not checked because the queue was full. */
  long dropped() {
    return dropped.sum();
  }

  /** Requests the proxy answered itself (upstream down or slow, refused targets). */
  long proxyAnswers() {
    return proxyAnswers.sum();
  }

  /** Checks everything still queued, then stops. */
  @Override
  public void close() {
    stopping = true;
    try {
      thread.join(TimeUnit.SECONDS.toMillis(30));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }
}
