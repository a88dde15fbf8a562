package io.statuslint.traffic;

import io.statuslint.model.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads statuslint's NDJSON exchange log (one exchange per line, {@code "v":1}; the format is
 * described in {@code docs/ndjson-format.md}). Each line is parsed on its own, so a bad line is
 * reported with its number and, in lenient mode, skipped without losing the lines after it. Blank
 * lines are skipped but still counted, so entry indexes and line numbers match the file. Cutting and
 * parsing are those of {@link NdjsonLines}, done here in one step.
 */
public final class NdjsonExchangeReader implements ExchangeReader {

  private final String name;
  private final NdjsonLines lines;
  private final NdjsonLines.Parser parser;
  private long badLines;

  /**
   * @param in the log's bytes (UTF-8); closed by {@link #close()}
   * @param name how the input is named in origins and messages (a path, or {@code <stdin>})
   */
  public NdjsonExchangeReader(InputStream in, String name, ReaderOptions options) {
    this.name = Objects.requireNonNull(name, "name");
    this.lines = new NdjsonLines(in, name, options);
    this.parser = new NdjsonLines.Parser(options);
  }

  @Override
  public Exchange next() throws IOException {
    while (lines.next()) {
      // The line is parsed in place: no copy, unlike a line handed to another task.
      Exchange exchange = parser.read(lines.bytes(), lines.length(), name, lines.index());
      if (exchange != null) {
        return exchange;
      }
      badLines++;
    }
    return null;
  }

  @Override
  public long skipped() {
    return lines.skipped() + badLines;
  }

  /** Bytes of the (possibly decompressed) input consumed so far. */
  @Override
  public long position() {
    return lines.position();
  }

  @Override
  public void close() throws IOException {
    lines.close();
  }
}
