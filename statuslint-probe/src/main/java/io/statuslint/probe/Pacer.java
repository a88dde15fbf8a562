package io.statuslint.probe;

import io.statuslint.probe.http.ProbeHttpClient;
import io.statuslint.probe.http.ProbeRequest;
import io.statuslint.probe.http.Sent;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Keeps the probe polite and bounded, across all endpoints at once: the request budget, the pauses
 * a target asks for (429/503 with Retry-After), a cap on the total time paused, and a stop when the
 * target keeps failing to answer. Thread-safe.
 */
final class Pacer {

  /** After this many requests in a row without any response, the target is given up on. */
  static final int MAX_SILENT_IN_A_ROW = 6;

  private final ProbeHttpClient client;
  private final AtomicInteger budget;
  private final AtomicInteger sent = new AtomicInteger();
  private final AtomicInteger silentInARow = new AtomicInteger();
  private final AtomicInteger answered = new AtomicInteger();
  private final long maxTotalPauseNanos;
  private long pausedUntil;
  private long totalPausedNanos;
  private volatile String stopReason;

  Pacer(ProbeHttpClient client, int budget, Duration maxWait) {
    this.client = client;
    this.budget = new AtomicInteger(budget);
    this.maxTotalPauseNanos = maxWait.multipliedBy(3).toNanos();
  }

  /**
   * Sends once the target allows it. Throws {@link EndRun} when the budget is spent or the probe
   * was stopped.
   */
  Sent send(ProbeRequest request) {
    awaitTurn();
    if (budget.getAndDecrement() <= 0) {
      stop("the request budget is spent");
      throw new EndRun(stopReason);
    }
    sent.incrementAndGet();
    Sent s = client.send(request);
    if (s.hasResponse()) {
      silentInARow.set(0);
      answered.incrementAndGet();
    } else if (silentInARow.incrementAndGet() >= MAX_SILENT_IN_A_ROW) {
      stop(MAX_SILENT_IN_A_ROW + " requests in a row got no response (last: " + s.failure().message() + ")");
    }
    return s;
  }

  /** Asks every sender to wait {@code d} from now (the longest pause asked for wins). */
  synchronized void pause(Duration d) {
    long until = System.nanoTime() + d.toNanos();
    if (until - pausedUntil > 0) {
      long added = pausedUntil - System.nanoTime() > 0 ? until - pausedUntil : d.toNanos();
      totalPausedNanos += added;
      pausedUntil = until;
    }
    if (totalPausedNanos > maxTotalPauseNanos) {
      stop("the target asked for more than " + Duration.ofNanos(maxTotalPauseNanos).toSeconds()
          + " s of pauses in total");
    }
  }

  private void awaitTurn() {
    while (true) {
      if (stopReason != null) {
        throw new EndRun(stopReason);
      }
      long wait;
      synchronized (this) {
        wait = pausedUntil - System.nanoTime();
      }
      if (wait <= 0) {
        return;
      }
      try {
        Thread.sleep(Math.max(1, Math.min(wait / 1_000_000, 200)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        stop("interrupted");
        throw new EndRun(stopReason);
      }
    }
  }

  void stop(String reason) {
    if (stopReason == null) {
      stopReason = reason;
    }
  }

  String stopReason() {
    return stopReason;
  }

  int requestsSent() {
    return sent.get();
  }

  int answered() {
    return answered.get();
  }

  /** Ends an endpoint's run (or every run) early; the reason becomes a note. */
  static final class EndRun extends RuntimeException {
    private static final long serialVersionUID = 1L;

    EndRun(String reason) {
      super(reason, null, false, false);
    }
  }
}
