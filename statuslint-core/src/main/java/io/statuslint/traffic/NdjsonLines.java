package io.statuslint.traffic;

import io.statuslint.model.Exchange;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Objects;

/**
 * The NDJSON exchange log read in two steps, for engines that spread the work: one task cuts the
 * input into numbered lines ({@link #next()}), many tasks parse them ({@link Parser}).
 * {@link NdjsonExchangeReader} reads through this class too, so numbering, blank lines, the
 * byte-order mark, the line cap, leniency and the messages are the same, and an exchange gets the
 * same entry index, line and id whichever way it is read. Not thread-safe; a {@link Parser} is not either (make one per task).
 */
public final class NdjsonLines implements Closeable {

  private final String name;
  private final ReaderOptions options;
  private final LineSource lines;
  private final int maxLineBytes;
  private long lineIndex = -1;
  private long skipped;
  private boolean done;

  /**
   * @param in the log's bytes (UTF-8, already decompressed); closed by {@link #close()}
   * @param name how the input is named in origins and messages
   */
  public NdjsonLines(InputStream in, String name, ReaderOptions options) {
    Objects.requireNonNull(in, "in");
    this.name = Objects.requireNonNull(name, "name");
    this.options = Objects.requireNonNull(options, "options");
    this.maxLineBytes = maxLineBytes(options);
    this.lines = new LineSource(in, maxLineBytes);
  }

  /** A line holds at most a few strings of maxStringLength characters; leave room for escapes. */
  static int maxLineBytes(ReaderOptions options) {
    return (int) Math.min(Integer.MAX_VALUE - 16, 2L * options.maxStringLength() + (1 << 20));
  }

  /**
   * Advances to the next line that is not blank (blank lines are counted, not returned).
   *
   * @return false at the end of the input
   * @throws BadInputException for a line over the cap or a broken compressed stream; in lenient mode
   *     the line is skipped and counted instead (a broken stream ends the input)
   */
  public boolean next() throws IOException {
    while (!done) {
      boolean more;
      try {
        more = lines.next();
      } catch (IOException e) {
        if (!JsonInput.isContentProblem(e)) {
          throw e;
        }
        done = true;
        long index = lineIndex + 1;
        if (!options.lenient()) {
          throw new BadInputException(name, index, index + 1, JsonInput.describe(e, options));
        }
        skipped++;
        return false;
      }
      if (!more) {
        done = true;
        return false;
      }
      lineIndex++;
      if (lines.overlong()) {
        if (!options.lenient()) {
          throw new BadInputException(name, lineIndex, lineIndex + 1,
              "the line is longer than " + maxLineBytes + " bytes");
        }
        skipped++;
        continue;
      }
      if (!lines.blank()) {
        return true;
      }
    }
    return false;
  }

  /** 0-based index of the current line in the input (its entry index). */
  public long index() {
    return lineIndex;
  }

  /** A copy of the current line's bytes, without its line break. */
  public byte[] copyOfLine() {
    return Arrays.copyOf(lines.bytes(), lines.length());
  }

  /** The current line's bytes, valid until the next call to {@link #next()}; see {@link #length()}. */
  byte[] bytes() {
    return lines.bytes();
  }

  /** How many of {@link #bytes()} belong to the current line. */
  int length() {
    return lines.length();
  }

  /** Bytes of the (possibly decompressed) input consumed so far. */
  long position() {
    return lines.consumed();
  }

  /** Lines skipped as unreadable (lenient mode only). */
  public long skipped() {
    return skipped;
  }

  @Override
  public void close() throws IOException {
    done = true;
    lines.close();
  }

  /** Parses single lines cut by {@link NdjsonLines}. */
  public static final class Parser {
    private final ReaderOptions options;
    private final NdjsonLineParser parser;

    public Parser(ReaderOptions options) {
      this.options = Objects.requireNonNull(options, "options");
      this.parser = new NdjsonLineParser(options);
    }

    /**
     * The exchange on line {@code index} (0-based) of input {@code file}.
     *
     * @return the exchange, or null when the line is bad and the options are lenient
     * @throws BadInputException when the line is bad and the options are not lenient
     */
    public Exchange parse(byte[] line, int length, String file, long index) {
      try {
        return read(line, length, file, index);
      } catch (IOException e) {
        // Parsing bytes in memory does no I/O: anything else is a bug worth seeing.
        throw new IllegalStateException(e);
      }
    }

    /** As {@link #parse}, but an I/O failure that is not about the content is passed on as is. */
    Exchange read(byte[] line, int length, String file, long index) throws IOException {
      String message;
      try {
        return parser.parse(line, length, file, index, index + 1);
      } catch (NdjsonLineParser.LineProblem problem) {
        message = problem.getMessage();
      } catch (IOException e) {
        if (!JsonInput.isContentProblem(e)) {
          throw e;
        }
        message = JsonInput.describe(e, options).replace("the file is truncated", "the line is cut short");
      }
      if (!options.lenient()) {
        throw new BadInputException(file, index, index + 1, message);
      }
      return null;
    }
  }
}
