package io.statuslint.traffic;

import io.statuslint.model.Exchange;
import java.io.Closeable;
import java.io.IOException;

/**
 * Reads exchanges one at a time from a recording, so any file size fits in bounded memory.
 * Implementations: {@link HarReader} (HAR 1.2) and {@link NdjsonExchangeReader} (statuslint's log).
 */
public interface ExchangeReader extends Closeable {

  /**
   * The next exchange, or {@code null} at the end.
   *
   * @throws BadInputException when the input or an entry cannot be read; in lenient mode a reader
   *     skips a bad entry instead, counts it in {@link #skipped()}, and goes on where it can
   */
  Exchange next() throws IOException;

  /** Entries skipped as unreadable (lenient mode only). */
  long skipped();

  /** Bytes consumed so far, for a progress bar; -1 when unknown. */
  default long position() {
    return -1;
  }
}
