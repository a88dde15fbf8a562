package io.statuslint.traffic;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.statuslint.model.Exchange;
import java.io.BufferedInputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Locale;
import java.util.zip.GZIPInputStream;

/**
 * Opens a recording of traffic whatever its format: the format is told by the content, not the name.
 * A gzip-compressed input (a {@code .har.gz}, a rotated log) is decompressed on the fly; then
 * {@code {"log"…} } is a HAR file and a line-delimited object with {@code "v"} (or {@code "request"})
 * is statuslint's NDJSON exchange log.
 */
public final class TrafficInputs {

  /** The display name of standard input in origins and messages. */
  public static final String STDIN_NAME = "<stdin>";

  /** Bytes looked at to tell the format; the top-level keys of the first object are usually near. */
  private static final int PEEK = 64 * 1024;
  private static final int BUFFER = 64 * 1024;

  /** The formats {@link #open} recognises. */
  public enum Format { HAR, NDJSON }

  private TrafficInputs() {}

  /** Opens a path, or standard input for {@code "-"}. */
  public static ExchangeReader open(String pathOrDash, ReaderOptions options) {
    if (pathOrDash.equals("-")) {
      return open(new FilterInputStream(System.in) {
        @Override
        public void close() {
          // Standard input belongs to the process, not to the reader.
        }
      }, STDIN_NAME, options);
    }
    return open(Path.of(pathOrDash), options);
  }

  /**
   * Opens a file.
   *
   * @throws BadInputException when the file cannot be read (no such file, a directory, permission
   *     denied) or is neither a HAR file nor an NDJSON exchange log
   */
  public static ExchangeReader open(Path file, ReaderOptions options) {
    String name = file.toString();
    if (Files.isDirectory(file)) {
      throw new BadInputException(name, -1, -1, "is a directory, not a HAR file or NDJSON exchange log");
    }
    InputStream in;
    try {
      in = Files.newInputStream(file);
    } catch (NoSuchFileException e) {
      throw new BadInputException(name, -1, -1, "no such file");
    } catch (AccessDeniedException e) {
      throw new BadInputException(name, -1, -1, "permission denied");
    } catch (IOException | SecurityException e) {
      throw new BadInputException(name, -1, -1, "cannot open: " + JsonInput.oneLine(e.getMessage()));
    }
    return open(in, name, options);
  }

  /** Detects the format of a stream (gzip or not) and returns its reader; closes {@code in} on failure. */
  public static ExchangeReader open(InputStream in, String name, ReaderOptions options) {
    CountingInputStream counted = new CountingInputStream(in);
    try {
      BufferedInputStream buffered = new BufferedInputStream(counted, BUFFER);
      byte[] head = peek(buffered);
      InputStream content = buffered;
      if (head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b) {
        content = new BufferedInputStream(new GZIPInputStream(buffered, BUFFER), BUFFER);
        head = peek(content);
      }
      Format format = detect(head, name);
      ExchangeReader reader = format == Format.HAR
          ? new HarReader(content, name, options)
          : new NdjsonExchangeReader(content, name, options);
      return new CountedReader(reader, counted);
    } catch (IOException e) {
      closeQuietly(in);
      throw new BadInputException(name, -1, -1, JsonInput.describe(e, options));
    } catch (BadInputException e) {
      closeQuietly(in);
      throw e;
    }
  }

  /** The format of an input from its first bytes, or a {@link BadInputException} naming the input. */
  public static Format detect(byte[] head, String name) {
    int i = 0;
    if (head.length >= 3 && (head[0] & 0xff) == 0xEF && (head[1] & 0xff) == 0xBB && (head[2] & 0xff) == 0xBF) {
      i = 3;
    }
    while (i < head.length && Character.isWhitespace(head[i])) {
      i++;
    }
    String lowerName = name.toLowerCase(Locale.ROOT);
    if (i == head.length) {
      if (lowerName.endsWith(".ndjson") || lowerName.endsWith(".jsonl")) {
        return Format.NDJSON; // an empty log: nothing was recorded
      }
      throw new BadInputException(name, -1, -1, "empty input: neither a HAR file nor an NDJSON exchange log");
    }
    if (head[i] != '{') {
      throw new BadInputException(name, -1, -1,
          "neither a HAR file nor an NDJSON exchange log: the content does not start with a JSON object");
    }
    Format byKeys = fromTopLevelKeys(head, i, name);
    if (byKeys != null) {
      return byKeys;
    }
    return lowerName.endsWith(".har") || lowerName.endsWith(".har.gz") ? Format.HAR : Format.NDJSON;
  }

  /**
   * Reads the first object's top-level keys as far as the peeked bytes go: null when they do not
   * settle it (the peek ended inside a value, or the JSON is broken and the reader will say where).
   */
  private static Format fromTopLevelKeys(byte[] head, int start, String name) {
    boolean wholeObjectSeen = false;
    try (JsonParser p = JsonInput.factory(ReaderOptions.defaults()).createParser(head, start, head.length - start)) {
      p.nextToken();
      String field;
      while ((field = p.nextFieldName()) != null) {
        switch (field) {
          case "log":
            return Format.HAR;
          case "v":
          case "request":
          case "response":
            return Format.NDJSON;
          default:
            p.nextToken();
            p.skipChildren();
        }
      }
      wholeObjectSeen = p.currentToken() == JsonToken.END_OBJECT;
    } catch (IOException truncatedOrMalformed) {
      return null;
    }
    if (wholeObjectSeen) {
      throw new BadInputException(name, -1, 1,
          "neither a HAR file (no \"log\" object) nor an NDJSON exchange log (no \"v\" on the first line)");
    }
    return null;
  }

  private static byte[] peek(InputStream in) throws IOException {
    in.mark(PEEK);
    byte[] head = in.readNBytes(PEEK);
    in.reset();
    return head;
  }

  private static void closeQuietly(InputStream in) {
    try {
      in.close();
    } catch (IOException ignored) {
      // the input was already unusable
    }
  }

  /** Counts the bytes read from the file itself (compressed ones for gzip), for a progress bar. */
  private static final class CountingInputStream extends FilterInputStream {
    private long count;

    CountingInputStream(InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }

    @Override
    public long skip(long n) throws IOException {
      long skipped = super.skip(n);
      count += skipped;
      return skipped;
    }

    @Override
    public boolean markSupported() {
      return false;
    }
  }

  /** A reader whose position is measured in bytes of the file, comparable with its size. */
  private static final class CountedReader implements ExchangeReader {
    private final ExchangeReader reader;
    private final CountingInputStream counted;

    CountedReader(ExchangeReader reader, CountingInputStream counted) {
      this.reader = reader;
      this.counted = counted;
    }

    @Override
    public Exchange next() throws IOException {
      return reader.next();
    }

    @Override
    public long skipped() {
      return reader.skipped();
    }

    @Override
    public long position() {
      return counted.count;
    }

    @Override
    public void close() throws IOException {
      reader.close();
    }
  }
}
