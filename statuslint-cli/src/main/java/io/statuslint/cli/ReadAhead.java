package io.statuslint.cli;

import io.statuslint.model.Exchange;
import io.statuslint.traffic.ExchangeReader;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Reads exchanges on a second thread while the caller judges the previous ones: parsing a large HAR
 * and running the rules then overlap instead of adding up. When the judging thread falls behind, the
 * reading thread also produces the bodies it defers (see {@code Body.ofDeferredText}), so the two
 * cores share that work. Order is kept, and memory stays bounded by the small queue (each body is
 * capped by the reader).
 */
final class ReadAhead implements ExchangeReader {

  private static final int DEPTH = 64;
  private static final Object END = new Object();

  private final ExchangeReader source;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
  private final AtomicLong position = new AtomicLong(-1);
  private final Thread thread;
  private volatile boolean closed;
  private boolean done;

  ReadAhead(ExchangeReader source) {
    this.source = source;
    this.thread = new Thread(this::pump, "statuslint-read-ahead");
    thread.setDaemon(true);
    thread.start();
  }

  private void pump() {
    Object last = END;
    try {
      Exchange e;
      long n = 0;
      while (!closed && (e = source.next()) != null) {
        if (queue.remainingCapacity() < DEPTH / 2 && e.response() != null) {
          // The judging thread is behind: unescape this body here rather than wait for room.
          e.response().body().produceDeferred();
        }
        queue.put(e);
        if ((++n & 63) == 0) {
          position.set(source.position());
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    } catch (IOException | RuntimeException | Error e) {
      last = e;
    }
    try {
      queue.put(last);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  @Override
  public Exchange next() throws IOException {
    if (done) {
      return null;
    }
    Object o;
    try {
      o = queue.take();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted while reading");
    }
    if (o instanceof Exchange e) {
      return e;
    }
    done = true;
    if (o instanceof IOException e) {
      throw e;
    }
    if (o instanceof RuntimeException e) {
      throw e;
    }
    if (o instanceof Error e) {
      throw e;
    }
    return null;
  }

  @Override
  public long skipped() {
    return source.skipped();
  }

  @Override
  public long position() {
    return position.get();
  }

  @Override
  public void close() throws IOException {
    closed = true;
    thread.interrupt();
    source.close();
  }
}
