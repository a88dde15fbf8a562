package io.statuslint.traffic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.statuslint.model.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.util.Objects;

/**
 * Reads a HAR 1.2 file (browser DevTools, Charles, Proxyman, mitmproxy exports) as a stream of
 * exchanges: one entry of {@code log.entries} at a time, field by field, so memory stays bounded by
 * the largest single string whatever the file size. The facts of RULES.md ("HAR input") are applied
 * by {@link HarEntryReader}. Bodies of binary media types are sized but not kept unless
 * {@link ReaderOptions#keepBinaryBodies()}; text bodies beyond {@link ReaderOptions#maxBodyBytes()}
 * are kept as a truncated prefix. Not thread-safe.
 *
 * <p>Errors: input that is not a HAR (not JSON, no {@code log.entries}) always fails with a
 * {@link BadInputException}. A bad entry (not an object, no {@code request.method} or {@code url})
 * fails too, unless {@link ReaderOptions#lenient()}: then it is skipped and counted. Broken JSON
 * (a truncated file, a stray character) cannot be resynchronised: in lenient mode it is counted and
 * ends the stream.
 */
public final class HarReader implements ExchangeReader {

  private enum Phase { START, ENTRIES, DONE }

  private final InputStream in;
  private final String name;
  private final ReaderOptions options;
  private final JsonFactory factory;
  private final HarEntryReader entries;
  private final StringCapture capture;
  private JsonParser parser;
  private Phase phase = Phase.START;
  private long nextIndex;
  private long currentEntry = -1;
  private long skipped;

  /**
   * @param in the HAR bytes (UTF-8, BOM allowed); closed by {@link #close()}
   * @param name how the input is named in origins and messages (a path, or {@code <stdin>})
   */
  public HarReader(InputStream in, String name, ReaderOptions options) {
    this.in = Objects.requireNonNull(in, "in");
    this.name = Objects.requireNonNull(name, "name");
    this.options = Objects.requireNonNull(options, "options");
    this.factory = JsonInput.factory(options);
    this.capture = new StringCapture(in, options.maxBodyBytes(), options.maxStringLength());
    this.entries = new HarEntryReader(options, capture);
  }

  @Override
  public Exchange next() throws IOException {
    while (phase != Phase.DONE) {
      try {
        if (phase == Phase.START) {
          openEntries();
          continue;
        }
        Exchange e = nextEntry();
        if (e != null) {
          return e;
        }
      } catch (IOException e) {
        if (!JsonInput.isContentProblem(e)) {
          throw e;
        }
        brokenContent(e);
      }
    }
    return null;
  }

  /** Reads the next entry; null when the entry was skipped or the entries ended. */
  private Exchange nextEntry() throws IOException {
    JsonToken t = parser.nextToken();
    if (t == JsonToken.END_ARRAY) {
      currentEntry = -1;
      finishLog();
      phase = Phase.DONE;
      return null;
    }
    long index = nextIndex++;
    long line = parser.currentTokenLocation().getLineNr();
    currentEntry = index;
    if (t != JsonToken.START_OBJECT) {
      parser.skipChildren();
      badEntry(index, line, "the entry is " + describe(t) + ", not an object");
      return null;
    }
    HarEntry entry = entries.read(parser);
    currentEntry = -1;
    if (entry.problem != null) {
      badEntry(index, line, entry.problem);
      return null;
    }
    return entries.toExchange(entry, name, index, line);
  }

  /** Positions the parser inside {@code log.entries}, reading {@code log.creator} on the way. */
  private void openEntries() throws IOException {
    parser = factory.createParser(capture);
    JsonToken t = parser.nextToken();
    if (t == null) {
      throw fileProblem("empty input, not a HAR file");
    }
    if (t != JsonToken.START_OBJECT) {
      throw fileProblem("not a HAR file: the input is not a JSON object");
    }
    String field;
    while ((field = parser.nextFieldName()) != null) {
      t = parser.nextToken();
      if (!field.equals("log")) {
        parser.skipChildren();
        continue;
      }
      if (t != JsonToken.START_OBJECT) {
        throw fileProblem("not a HAR file: \"log\" is not an object");
      }
      while ((field = parser.nextFieldName()) != null) {
        t = parser.nextToken();
        if (field.equals("entries")) {
          if (t != JsonToken.START_ARRAY) {
            throw fileProblem("not a HAR file: log.entries is not an array");
          }
          phase = Phase.ENTRIES;
          return;
        }
        if (field.equals("creator") && t == JsonToken.START_OBJECT) {
          readCreator();
        } else {
          parser.skipChildren();
        }
      }
      throw fileProblem("not a HAR file: there is no log.entries array");
    }
    throw fileProblem("not a HAR file: there is no \"log\" object");
  }

  private void readCreator() throws IOException {
    String field;
    while ((field = parser.nextFieldName()) != null) {
      JsonToken t = parser.nextToken();
      if (field.equals("name")) {
        entries.creator(JsonInput.scalar(parser, t));
      } else {
        parser.skipChildren();
      }
    }
  }

  /** Reads what follows the entries to the end of the HAR object, so a truncated tail is noticed. */
  private void finishLog() throws IOException {
    int depth = 2; // inside log, inside the root object
    while (depth > 0) {
      JsonToken t = parser.nextToken();
      if (t == null) {
        throw new com.fasterxml.jackson.core.io.JsonEOFException(parser, null, "end of input");
      }
      if (t == JsonToken.END_OBJECT) {
        depth--;
      } else if (t.isStructStart()) {
        parser.skipChildren();
      }
    }
  }

  private void badEntry(long index, long line, String message) {
    if (!options.lenient()) {
      throw new BadInputException(name, index, line, message);
    }
    skipped++;
  }

  private void brokenContent(IOException e) {
    long line = parser == null ? -1 : parser.currentLocation().getLineNr();
    if (phase == Phase.START) {
      // Nothing was read yet: the file as a whole is unreadable, lenient or not.
      throw new BadInputException(name, -1, line, notHar(JsonInput.describe(e, options)));
    }
    phase = Phase.DONE;
    if (!options.lenient()) {
      long entry = currentEntry;
      String message = JsonInput.describe(e, options);
      throw new BadInputException(name, entry, line, entry >= 0 ? message : message + " after the last entry");
    }
    skipped++;
  }

  private static String notHar(String message) {
    return message.startsWith("invalid JSON") ? "not a HAR file: " + message : message;
  }

  private BadInputException fileProblem(String message) {
    phase = Phase.DONE;
    return new BadInputException(name, -1, parser == null ? -1 : parser.currentLocation().getLineNr(), message);
  }

  private static String describe(JsonToken t) {
    switch (t) {
      case START_ARRAY:
        return "an array";
      case VALUE_STRING:
        return "a string";
      case VALUE_NUMBER_INT:
      case VALUE_NUMBER_FLOAT:
        return "a number";
      case VALUE_NULL:
        return "null";
      case VALUE_TRUE:
      case VALUE_FALSE:
        return "a boolean";
      default:
        return t.asString() == null ? t.name() : t.asString();
    }
  }

  @Override
  public long skipped() {
    return skipped;
  }

  /** Bytes of the (possibly decompressed) input the parser has consumed. */
  @Override
  public long position() {
    return parser == null ? 0 : parser.currentLocation().getByteOffset() + capture.taken();
  }

  @Override
  public void close() throws IOException {
    phase = Phase.DONE;
    if (parser != null) {
      parser.close();
    }
    capture.close();
  }
}
