package io.statuslint.traffic;

import io.statuslint.model.Body;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * The raw bytes of one JSON string as it stood in the input, between its quotes: the whole string,
 * or a kept prefix of a longer one with the sizes of the whole. The parser has already checked the string's syntax when it
 * skipped it, so unescaping here only has to be fast and to stop cleanly at a cut.
 */
final class RawJsonString implements Body.DeferredText {

  private static final VarHandle WORDS = MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);
  private static final long ONES = 0x0101010101010101L;
  private static final long HIGHS = 0x8080808080808080L;
  private static final long QUOTES = ONES * '"';
  private static final long BACKSLASHES = ONES * '\\';

  private final byte[] raw;
  private final int end;
  private final boolean truncated;
  private final long chars;
  private final long utf8Bytes;
  private final String tail;

  private RawJsonString(byte[] raw, int end, boolean truncated, long chars, long utf8Bytes, String tail) {
    this.raw = raw;
    this.end = end;
    this.truncated = truncated;
    this.chars = chars;
    this.utf8Bytes = utf8Bytes;
    this.tail = tail;
  }

  /** A whole string: its content is {@code raw[0, end)}. */
  static RawJsonString whole(byte[] raw, int end) {
    return new RawJsonString(raw, end, false, -1, -1, null);
  }

  /** The kept prefix of a longer string, with the characters and UTF-8 bytes of the whole. */
  static RawJsonString prefix(byte[] raw, int end, long chars, long utf8Bytes, String tail) {
    return new RawJsonString(raw, end, true, chars, utf8Bytes, tail);
  }

  boolean truncated() {
    return truncated;
  }

  boolean isEmpty() {
    return end == 0;
  }

  /** Characters of the whole string (known for truncated strings only, else -1). */
  long chars() {
    return chars;
  }

  /** UTF-8 bytes of the whole string (known for truncated strings only, else -1). */
  long utf8Bytes() {
    return utf8Bytes;
  }

  /** The last two characters of the whole string (truncated strings only): base64 padding. */
  String tail() {
    return tail;
  }

  /** The string's value (or the kept prefix's) as UTF-8; a cut escape or character is dropped. */
  byte[] utf8() {
    Decoded d = decode(Integer.MAX_VALUE);
    return Arrays.copyOf(d.bytes, d.length);
  }

  /** The string's value as text (a whole string's: see {@link #truncated()}). */
  @Override
  public String text() {
    Decoded d = decode(Integer.MAX_VALUE);
    return new String(d.bytes, 0, d.length, StandardCharsets.UTF_8);
  }

  /**
   * At most {@code maxChars} characters from the start of the value, unescaping no further than that
   * needs: a rule that reads the first members of a large JSON body pays for those alone.
   */
  @Override
  public String prefix(int maxChars) {
    // Most text is one byte per character; if it was not, look again with room for the widest.
    for (long room : new long[] {maxChars, (long) maxChars * 4}) {
      Decoded d = decode((int) Math.min(Integer.MAX_VALUE - 64, room));
      String s = new String(d.bytes, 0, d.length, StandardCharsets.UTF_8);
      if (d.whole || s.length() >= maxChars) {
        return s.length() <= maxChars ? s : s.substring(0, maxChars);
      }
    }
    throw new AssertionError("four bytes per character always hold maxChars characters");
  }

  /** The first {@code length} bytes of {@code bytes}; {@code whole} when the value ended there. */
  private record Decoded(byte[] bytes, int length, boolean whole) {}

  private Decoded decode(int maxOut) {
    // Eight bytes of slack: runs without escapes are copied a whole word at a time.
    byte[] out = new byte[(int) Math.min(end + Long.BYTES, (long) maxOut + 2 * Long.BYTES)];
    int o = 0;
    int i = 0;
    boolean full = false;
    while (i < end) {
      if (o >= maxOut) {
        full = true;
        break;
      }
      int run = plainRun(raw, i, (int) Math.min(end, (long) i + maxOut - o), out, o);
      i += run;
      o += run;
      if (i >= end) {
        break;
      }
      byte b = raw[i];
      if (b == '"') {
        break;
      }
      if (b != '\\') {
        out[o++] = b;
        i++;
        continue;
      }
      if (i + 1 >= end) {
        break;
      }
      byte c = raw[i + 1];
      if (c != 'u') {
        out[o++] = unescaped(c);
        i += 2;
        continue;
      }
      if (i + 6 > end) {
        break;
      }
      int cp = hex(raw, i + 2);
      i += 6;
      if (truncated && Character.isHighSurrogate((char) cp) && i + 6 > end) {
        break; // the cut fell between the two halves of a pair
      }
      if (Character.isHighSurrogate((char) cp) && i + 6 <= end && raw[i] == '\\' && raw[i + 1] == 'u') {
        int low = hex(raw, i + 2);
        if (Character.isLowSurrogate((char) low)) {
          cp = Character.toCodePoint((char) cp, (char) low);
          i += 6;
        }
      }
      o = encode(cp, out, o);
    }
    boolean whole = !truncated && !(full && raw[i] != '"');
    if (!whole) {
      o = withoutCutCharacter(out, o);
    }
    return new Decoded(out, o, whole);
  }

  /**
   * The index of the quote that closes a JSON string in {@code b[from, to)}, or -1: the first quote
   * after an even run of backslashes, {@code carried} of which may stand before {@code from}. Eight
   * bytes at a time: a quote right after a backslash (the common {@code \"}) is passed over without
   * a look back, which only a quote after two or more backslashes needs.
   */
  static int closingQuote(byte[] b, int from, int to, int carried) {
    long prev = (carried >= 1 ? 1L << 63 : 0) | (carried >= 2 ? 1L << 55 : 0);
    int i = from;
    for (; i + Long.BYTES <= to; i += Long.BYTES) {
      long w = (long) WORDS.get(b, i);
      long quotes = zeroBytes(w ^ QUOTES);
      long backslashes = zeroBytes(w ^ BACKSLASHES);
      if (quotes != 0) {
        long afterOne = backslashes << 8 | prev >>> 56;
        long afterTwo = afterOne & (backslashes << 16 | prev >>> 48);
        long candidates = quotes & (~afterOne | afterTwo);
        while (candidates != 0) {
          int at = i + (Long.numberOfTrailingZeros(candidates) >>> 3);
          if ((backslashesBefore(b, from, at, carried) & 1) == 0) {
            return at;
          }
          candidates &= candidates - 1;
        }
      }
      prev = backslashes;
    }
    for (; i < to; i++) {
      if (b[i] == '"' && (backslashesBefore(b, from, i, carried) & 1) == 0) {
        return i;
      }
    }
    return -1;
  }

  /** Backslashes right before {@code b[at]}, counting on into the {@code carried} ones before {@code from}. */
  static int backslashesBefore(byte[] b, int from, int at, int carried) {
    int count = 0;
    int j = at - 1;
    while (j >= from && b[j] == '\\') {
      count++;
      j--;
    }
    return j < from ? count + carried : count;
  }

  /** 0x80 in each byte of {@code x} that is zero, nothing elsewhere (exact, no borrows between bytes). */
  private static long zeroBytes(long x) {
    return ~(((x & 0x7F7F7F7F7F7F7F7FL) + 0x7F7F7F7F7F7F7F7FL) | x | 0x7F7F7F7F7F7F7F7FL);
  }

  /**
   * Copies bytes from {@code raw[i]} up to the next quote or backslash, eight at a time, and returns
   * how many were plain. Stops short of the last eight bytes, which the caller takes one by one.
   */
  private static int plainRun(byte[] raw, int from, int end, byte[] out, int o) {
    int i = from;
    while (i + Long.BYTES <= end) {
      long w = (long) WORDS.get(raw, i);
      WORDS.set(out, o + (i - from), w);
      long q = w ^ QUOTES;
      long s = w ^ BACKSLASHES;
      // The lowest high bit set marks the first byte equal to a quote or a backslash.
      long hit = ((q - ONES) & ~q | (s - ONES) & ~s) & HIGHS;
      if (hit != 0) {
        return i - from + (Long.numberOfTrailingZeros(hit) >>> 3);
      }
      i += Long.BYTES;
    }
    return i - from;
  }

  static byte unescaped(byte c) {
    switch (c) {
      case 'n':
        return '\n';
      case 't':
        return '\t';
      case 'r':
        return '\r';
      case 'b':
        return '\b';
      case 'f':
        return '\f';
      default:
        return c; // \" \\ \/ (and anything else the parser let through) stand for themselves
    }
  }

  static int hex(byte[] b, int at) {
    int v = 0;
    for (int k = 0; k < 4; k++) {
      int d = Character.digit(b[at + k], 16);
      v = (v << 4) | (d < 0 ? 0 : d);
    }
    return v;
  }

  /** UTF-8 of one code point; a lone surrogate becomes '?', as Java's own encoder writes it. */
  private static int encode(int cp, byte[] out, int o) {
    if (cp < 0x80) {
      out[o++] = (byte) cp;
    } else if (cp < 0x800) {
      out[o++] = (byte) (0xC0 | cp >> 6);
      out[o++] = (byte) (0x80 | cp & 0x3F);
    } else if (Character.isSurrogate((char) cp) && cp <= 0xFFFF) {
      out[o++] = '?';
    } else if (cp <= 0xFFFF) {
      out[o++] = (byte) (0xE0 | cp >> 12);
      out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[o++] = (byte) (0x80 | cp & 0x3F);
    } else {
      out[o++] = (byte) (0xF0 | cp >> 18);
      out[o++] = (byte) (0x80 | cp >> 12 & 0x3F);
      out[o++] = (byte) (0x80 | cp >> 6 & 0x3F);
      out[o++] = (byte) (0x80 | cp & 0x3F);
    }
    return o;
  }

  /** Drops the start of a multi-byte character that the cut left incomplete. */
  private static int withoutCutCharacter(byte[] out, int o) {
    int lead = o - 1;
    while (lead >= 0 && lead > o - 4 && (out[lead] & 0xC0) == 0x80) {
      lead--;
    }
    if (lead < 0 || (out[lead] & 0x80) == 0) {
      return o;
    }
    int need = (out[lead] & 0xE0) == 0xC0 ? 2 : (out[lead] & 0xF0) == 0xE0 ? 3 : 4;
    return o - lead < need ? lead : o;
  }
}
