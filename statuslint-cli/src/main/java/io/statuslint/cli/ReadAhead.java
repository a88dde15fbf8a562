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
 * and running the rules then overlap instead of adding up. Bodies the reader defers (see
 * {@code Body.ofDeferredText}) are produced on the judging thread, and only as far as a rule reads
 * them. Order is kept, and memory stays bounded by the small queue (each body is capped by the reader).
 */
final class ReadAhead implements ExchangeReader {

  /** Opens the input; runs on the reading thread, so opening overlaps whatever the caller does. */
  @FunctionalInterface
  interface Opener {
    ExchangeReader open() throws IOException;
  }

  private static final int DEPTH = 64;
  private static final Object END = new Object();

  private final Opener opener;
  private final BlockingQueue<Object> queue = new ArrayBlockingQueue<>(DEPTH);
  private final AtomicLong position = new AtomicLong(-1);
  private final Thread thread;
  private ExchangeReader source;
  private boolean closed;
  private boolean done;

  private ReadAhead(Opener opener) {
    this.opener = opener;
    this.thread = new Thread(this::pump, "statuslint-read-ahead");
    thread.setDaemon(true);
  }

  /**
   * Starts opening and reading at once. A failure to open (no such file, not a HAR) is thrown by the
   * first {@link #next()}, as a reading failure would be.
   */
  static ReadAhead start(Opener opener) {
    ReadAhead r = new ReadAhead(opener);
    r.thread.start();
    return r;
  }

  private void pump() {
    Object last = END;
    try {
      ExchangeReader s = opener.open();
      synchronized (this) {
        if (closed) {
          s.close();
          return;
        }
        source = s;
      }
      Exchange e;
      long n = 0;
      while (!isClosed() && (e = s.next()) != null) {
        queue.put(e);
        if ((++n & 63) == 0) {
          position.set(s.position());
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

  private synchronized boolean isClosed() {
    return closed;
  }

  private synchronized ExchangeReader source() {
    return source;
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
    ExchangeReader s = source();
    return s == null ? 0 : s.skipped();
  }

  @Override
  public long position() {
    return position.get();
  }

  @Override
  public void close() throws IOException {
    ExchangeReader s;
    synchronized (this) {
      closed = true;
      s = source;
    }
    thread.interrupt();
    if (s != null) {
      s.close();
    }
  }
}
