package io.statuslint.traffic;

/**
 * Walks raw string bytes for the closing quote, counting what they decode to: used for a string
 * that outgrew the kept prefix, whose remaining bytes are seen once and then dropped.
 */
final class RawStringScan {

  private static final int TEXT = 0;
  private static final int ESCAPE = 1;
  // 2..5: inside the four hex digits of a \\u escape

  private int state = TEXT;
  private int codeUnit;
  private boolean closed;
  private boolean closedInKept;
  private int keptEnd;
  private long chars;
  private long utf8Bytes;
  private char beforeLast;
  private char last;

  /** Scans the kept bytes {@code kept[0, length)} from the start of the string. */
  static RawStringScan of(byte[] kept, int length) {
    RawStringScan s = new RawStringScan();
    int stop = s.walk(kept, 0, length);
    s.closedInKept = s.closed;
    s.keptEnd = s.closed ? stop : length;
    return s;
  }

  /** Scans bytes that follow; ignored once the closing quote was seen. */
  void continueWith(byte[] b, int off, int n) {
    if (!closed) {
      walk(b, off, off + n);
    }
  }

  /** Returns the index of the closing quote, or {@code to} when it was not reached. */
  private int walk(byte[] b, int from, int to) {
    for (int i = from; i < to; i++) {
      int c = b[i] & 0xff;
      if (state == TEXT) {
        if (c == '"') {
          closed = true;
          return i;
        }
        if (c == '\\') {
          state = ESCAPE;
        } else {
          utf8Bytes++;
          if (c < 0x80) {
            decoded((char) c);
          } else if (c >= 0xF0) {
            chars++; // a four-byte character is two UTF-16 units
            decoded('?');
          } else if (c >= 0xC0) {
            decoded('?');
          }
        }
      } else if (state == ESCAPE) {
        if (c == 'u') {
          state = 2;
          codeUnit = 0;
        } else {
          state = TEXT;
          utf8Bytes++;
          decoded((char) RawJsonString.unescaped((byte) c));
        }
      } else {
        codeUnit = codeUnit << 4 | Math.max(0, Character.digit(c, 16));
        if (++state == 6) {
          state = TEXT;
          // Each half of a surrogate pair counts two of the pair's four UTF-8 bytes.
          utf8Bytes += codeUnit < 0x80 ? 1 : codeUnit < 0x800 || Character.isSurrogate((char) codeUnit) ? 2 : 3;
          decoded((char) codeUnit);
        }
      }
    }
    return to;
  }

  private void decoded(char c) {
    chars++;
    beforeLast = last;
    last = c;
  }

  boolean closed() {
    return closed;
  }

  /** Whether the string goes on past the kept bytes. */
  boolean truncated() {
    return !closedInKept;
  }

  /** Where the kept bytes of a string that ended within them end (the closing quote). */
  int keptEnd() {
    return keptEnd;
  }

  long chars() {
    return chars;
  }

  long utf8Bytes() {
    return utf8Bytes;
  }

  String tail() {
    return new String(new char[] {beforeLast, last});
  }
}
