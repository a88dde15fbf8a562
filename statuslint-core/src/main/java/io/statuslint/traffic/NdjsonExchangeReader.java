package io.statuslint.traffic;

import io.statuslint.model.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads statuslint's NDJSON exchange log (one exchange per line, {@code "v":1}; the format is
 * described in {@code docs/ndjson-format.md}). Each line is parsed on its own, so a bad line is
 * reported with its number and, in lenient mode, skipped without losing the lines after it. Blank
 * lines are skipped but still counted, so entry indexes and line numbers match the file.
 */
public final class NdjsonExchangeReader implements ExchangeReader {

  private final String name;
  private final ReaderOptions options;
  private final LineSource lines;
  private final NdjsonLineParser parser;
  private final int maxLineBytes;
  private long lineIndex;
  private long skipped;
  private boolean done;

  /**
   * @param in the log's bytes (UTF-8); closed by {@link #close()}
   * @param name how the input is named in origins and messages (a path, or {@code <stdin>})
   */
  public NdjsonExchangeReader(InputStream in, String name, ReaderOptions options) {
    Objects.requireNonNull(in, "in");
    this.name = Objects.requireNonNull(name, "name");
    this.options = Objects.requireNonNull(options, "options");
    // A line holds at most a few strings of maxStringLength characters; leave room for escapes.
    this.maxLineBytes = (int) Math.min(Integer.MAX_VALUE - 16, 2L * options.maxStringLength() + (1 << 20));
    this.lines = new LineSource(in, maxLineBytes);
    this.parser = new NdjsonLineParser(options);
  }

  @Override
  public Exchange next() throws IOException {
    while (!done) {
      boolean more;
      try {
        more = lines.next();
      } catch (IOException e) {
        if (!JsonInput.isContentProblem(e)) {
          throw e;
        }
        // A broken compressed stream: nothing after this point can be read.
        done = true;
        if (!options.lenient()) {
          throw new BadInputException(name, lineIndex, lineIndex + 1, JsonInput.describe(e, options));
        }
        skipped++;
        return null;
      }
      if (!more) {
        done = true;
        return null;
      }
      long index = lineIndex++;
      long line = index + 1;
      if (lines.overlong()) {
        badLine(index, line, "the line is longer than " + maxLineBytes + " bytes");
        continue;
      }
      if (lines.blank()) {
        continue;
      }
      try {
        return parser.parse(lines.bytes(), lines.length(), name, index, line);
      } catch (NdjsonLineParser.LineProblem problem) {
        badLine(index, line, problem.getMessage());
      } catch (IOException e) {
        if (!JsonInput.isContentProblem(e)) {
          throw e;
        }
        badLine(index, line, JsonInput.describe(e, options).replace("the file is truncated", "the line is cut short"));
      }
    }
    return null;
  }

  private void badLine(long index, long line, String message) {
    if (!options.lenient()) {
      throw new BadInputException(name, index, line, message);
    }
    skipped++;
  }

  @Override
  public long skipped() {
    return skipped;
  }

  /** Bytes of the (possibly decompressed) input consumed so far. */
  @Override
  public long position() {
    return lines.consumed();
  }

  @Override
  public void close() throws IOException {
    done = true;
    lines.close();
  }
}
