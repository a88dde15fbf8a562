package io.statuslint.proxy;

/**
 * The time of the read batch being handled on one connection: read once from the system clock when
 * a batch starts and reused by everything that needs "now" while it lasts (head deadline, idle
 * tracking, timestamps of the exchange). A request and its response otherwise asked the clock about
 * ten times; the answers differed by microseconds that nothing here can use.
 *
 * <p>Confined to the connection's event loop. Outside a read batch (timers, callbacks) {@link #now()}
 * reads the system clock afresh, so a value is never carried from one batch to the next.
 */
final class ReadClock {

  private long now;
  private boolean inBatch;

  /** A read batch starts (the first message of a read, from either side). */
  void begin() {
    if (!inBatch) {
      inBatch = true;
      now = System.nanoTime();
    }
  }

  /** The read batch ended (channelReadComplete). */
  void end() {
    inBatch = false;
  }

  long now() {
    return inBatch ? now : System.nanoTime();
  }
}
