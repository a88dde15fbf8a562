package io.statuslint.traffic;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.exc.InputCoercionException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.core.io.JsonEOFException;
import io.statuslint.model.Body;
import java.io.EOFException;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.zip.ZipException;

/** Jackson plumbing shared by the readers: parser limits, capped strings, one-line error messages. */
final class JsonInput {

  private static final int MAX_MESSAGE_CHARS = 160;

  private JsonInput() {}

  /** A factory whose string limit is the configured one, and whose locations never quote input. */
  static JsonFactory factory(ReaderOptions options) {
    StreamReadConstraints limits = StreamReadConstraints.builder()
        .maxStringLength(options.maxStringLength())
        .build();
    return JsonFactory.builder()
        .streamReadConstraints(limits)
        .disable(StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION)
        .build();
  }

  /**
   * A string value as far as it is kept: all of it when it fits in the cap, else its first
   * {@code maxChars} characters with the full length.
   *
   * @param value the string, or its prefix
   * @param totalChars characters in the whole string
   * @param utf8Bytes UTF-8 bytes of the whole string, or -1 when not counted (untruncated strings)
   * @param tail the last two characters of the whole string (base64 padding), when truncated
   */
  record Text(String value, long totalChars, long utf8Bytes, String tail, boolean truncated) {

    /** Decoded size of a base64 string (padding excluded). */
    long base64DecodedSize() {
      String end = truncated ? tail : value.substring(Math.max(0, value.length() - 2));
      int pad = end.endsWith("==") ? 2 : end.endsWith("=") ? 1 : 0;
      return Math.max(0, totalChars * 3 / 4 - pad);
    }
  }

  /** Reads the current VALUE_STRING, keeping at most {@code maxChars} characters of it. */
  static Text readText(JsonParser p, int maxChars) throws IOException {
    int length = p.getTextLength();
    if (length <= maxChars) {
      return new Text(p.getText(), length, -1, null, false);
    }
    PrefixWriter w = new PrefixWriter(maxChars);
    p.getText(w);
    return new Text(w.prefix.toString(), w.total, w.utf8Bytes, w.tail(), true);
  }

  /** Text of a scalar (strings, numbers, booleans); {@code null} for null; containers are skipped. */
  static String scalar(JsonParser p, JsonToken t) throws IOException {
    if (t == null || t == JsonToken.VALUE_NULL) {
      return null;
    }
    if (t.isStructStart()) {
      p.skipChildren();
      return null;
    }
    return p.getText();
  }

  /** A whole number from an int, float or numeric string; -1 when absent or not a number. */
  static long number(JsonParser p, JsonToken t) throws IOException {
    try {
      if (t == JsonToken.VALUE_NUMBER_INT) {
        return p.getLongValue();
      }
      if (t == JsonToken.VALUE_NUMBER_FLOAT) {
        return (long) p.getDoubleValue();
      }
      if (t == JsonToken.VALUE_STRING) {
        return Long.parseLong(p.getText().trim());
      }
    } catch (InputCoercionException | NumberFormatException notANumber) {
      return -1;
    }
    if (t != null && t.isStructStart()) {
      p.skipChildren();
    }
    return -1;
  }

  /** A body from a recorded string: text as it is, or base64 decoded lazily (or as a prefix). */
  static Body body(Text text, boolean base64, Charset charset, long declaredSize) {
    if (text == null) {
      return Body.unknown();
    }
    if (!text.truncated()) {
      if (text.value().isEmpty()) {
        // An empty text with a positive declared size was not captured, it is not an empty body.
        return declaredSize > 0 ? Body.unknown() : Body.absent();
      }
      return base64 ? Body.ofBase64(text.value(), charset) : Body.ofText(text.value());
    }
    if (base64) {
      return Body.truncated(decodeBase64Prefix(text.value()), text.base64DecodedSize(), charset);
    }
    return Body.truncated(text.value(), declaredSize > 0 ? declaredSize : text.utf8Bytes());
  }

  /**
   * A body from a string's raw bytes: a whole text body is unescaped only when first read (see
   * {@link Body#ofDeferredText}); base64 and cut strings are decoded at once (they are rare: binary
   * media are not kept at all).
   */
  static Body body(RawJsonString raw, boolean base64, Charset charset, long declaredSize) {
    if (!raw.truncated()) {
      if (raw.isEmpty()) {
        return declaredSize > 0 ? Body.unknown() : Body.absent();
      }
      return base64
          ? Body.ofBase64(new String(raw.utf8(), StandardCharsets.ISO_8859_1), charset)
          : Body.ofDeferredText(raw);
    }
    byte[] prefix = raw.utf8();
    if (base64) {
      Text text = new Text(new String(prefix, StandardCharsets.ISO_8859_1), raw.chars(), raw.utf8Bytes(),
          raw.tail(), true);
      return Body.truncated(decodeBase64Prefix(text.value()), text.base64DecodedSize(), charset);
    }
    return Body.truncated(prefix, declaredSize > 0 ? declaredSize : raw.utf8Bytes(), StandardCharsets.UTF_8);
  }

  /** Decodes the longest whole-quantum prefix of a base64 string; junk decodes to nothing. */
  static byte[] decodeBase64Prefix(String prefix) {
    StringBuilder clean = new StringBuilder(prefix.length());
    for (int i = 0; i < prefix.length(); i++) {
      char c = prefix.charAt(i);
      if (c != '\r' && c != '\n' && c != ' ' && c != '\t') {
        clean.append(c);
      }
    }
    clean.setLength(clean.length() - clean.length() % 4);
    try {
      return Base64.getDecoder().decode(clean.toString());
    } catch (IllegalArgumentException notBase64) {
      return new byte[0];
    }
  }

  /** Whether a read failure means the content is malformed (as opposed to the disk failing). */
  static boolean isContentProblem(IOException e) {
    return e instanceof JsonProcessingException || e instanceof EOFException || e instanceof ZipException
        || e instanceof java.io.CharConversionException;
  }

  /** One line, no stack trace, no parser internals: what went wrong with the content. */
  static String describe(IOException e, ReaderOptions options) {
    if (e instanceof StreamConstraintsException) {
      String m = String.valueOf(((StreamConstraintsException) e).getOriginalMessage());
      if (m.startsWith("String value length")) {
        return "a string value is longer than the limit of " + options.maxStringLength()
            + " characters (raise maxStringLength to read it)";
      }
      return "the input exceeds a parser limit: " + oneLine(m);
    }
    if (e instanceof JsonEOFException) {
      return "unexpected end of input (the file is truncated)";
    }
    if (e instanceof JsonParseException) {
      return "invalid JSON: " + oneLine(((JsonParseException) e).getOriginalMessage());
    }
    if (e instanceof JsonProcessingException) {
      return "invalid JSON: " + oneLine(((JsonProcessingException) e).getOriginalMessage());
    }
    if (e instanceof EOFException) {
      return "unexpected end of compressed input (the file is truncated)";
    }
    if (e instanceof ZipException) {
      return "corrupt gzip data: " + oneLine(e.getMessage());
    }
    return "cannot read: " + oneLine(e.getMessage());
  }

  static String oneLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    String m = message;
    int nl = m.indexOf('\n');
    if (nl >= 0) {
      m = m.substring(0, nl);
    }
    m = m.strip();
    return m.length() <= MAX_MESSAGE_CHARS ? m : m.substring(0, MAX_MESSAGE_CHARS) + "…";
  }

  /** Keeps a prefix of what is written and counts the rest, so a huge string is never copied whole. */
  private static final class PrefixWriter extends Writer {
    private final int max;
    private final StringBuilder prefix;
    private long total;
    private long utf8Bytes;
    private char last;
    private char beforeLast;

    PrefixWriter(int max) {
      this.max = max;
      this.prefix = new StringBuilder(max);
    }

    String tail() {
      return new String(new char[] {beforeLast, last});
    }

    @Override
    public void write(char[] buf, int off, int len) {
      int keep = Math.min(len, Math.max(0, max - prefix.length()));
      if (keep > 0) {
        prefix.append(buf, off, keep);
      }
      for (int i = off; i < off + len; i++) {
        char c = buf[i];
        utf8Bytes += c < 0x80 ? 1 : c < 0x800 ? 2 : Character.isSurrogate(c) ? 2 : 3;
      }
      if (len >= 2) {
        beforeLast = buf[off + len - 2];
        last = buf[off + len - 1];
      } else if (len == 1) {
        beforeLast = last;
        last = buf[off];
      }
      total += len;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}
  }
}
