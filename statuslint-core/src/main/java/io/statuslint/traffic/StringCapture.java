package io.statuslint.traffic;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * Sits between the input and Jackson and keeps the raw bytes of one JSON string while the parser
 * skips it. Decoding a HAR body string is most of a reader's work (a JSON body inside a HAR string
 * is escaped at every quote), and Jackson's skip is several times faster than its decode; the
 * captured bytes are unescaped later by {@link RawJsonString}, on the thread that judges the body,
 * and only if a rule reads it.
 *
 * <p>Usage: when the parser stands on a VALUE_STRING, {@link #begin(long, long)} with the token's
 * byte offset; let the parser move on (its next call skips the string); then {@link #end()}. At most
 * {@code keep} bytes are stored; the rest of a longer string is only scanned, for its size.
 * Not thread-safe; one per parser.
 */
final class StringCapture extends FilterInputStream {

  private final int keep;
  private final long maxChars;

  /** Where the last read put its bytes: the parser's own buffer, still intact until it reads again. */
  private byte[] lastArray;
  private int lastOff;
  private int lastLen;
  private long lastStart;
  private long total;

  private boolean capturing;
  private byte[] buf;
  private int len;
  /** The value's size as the recorder declared it, or -1: where to start looking for the string's end. */
  private long sizeHint;
  /** Set once the closing quote is kept: what the parser reads after it is not the string's. */
  private boolean ended;
  /** Set once the kept bytes hold the closing quote, or the string outgrew {@code keep}. */
  private RawJsonString.Scan scan;

  /**
   * @param keep the most raw bytes of one string kept in memory
   * @param maxChars the longest string accepted (characters), as the parser's own limit would
   */
  StringCapture(InputStream in, int keep, long maxChars) {
    super(in);
    // A string that fits in what is kept is never counted, so it must not be able to break the limit.
    this.keep = (int) Math.min(keep, maxChars);
    this.maxChars = maxChars;
  }

  @Override
  public int read() throws IOException {
    byte[] one = new byte[1];
    return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
  }

  @Override
  public int read(byte[] b, int off, int n) throws IOException {
    int r = in.read(b, off, n);
    if (r <= 0) {
      lastLen = 0;
      return r;
    }
    lastArray = b;
    lastOff = off;
    lastLen = r;
    lastStart = total;
    total += r;
    if (capturing) {
      take(b, off, r);
    }
    return r;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public long skip(long n) throws IOException {
    // Jackson never skips its input; were it to, the history would no longer match the offsets.
    lastLen = 0;
    long s = in.skip(n);
    total += s;
    return s;
  }

  /**
   * Starts keeping the string whose opening quote is at {@code quoteOffset}; false (and nothing kept)
   * when those bytes are no longer at hand, so the caller decodes the string the usual way.
   *
   * @param sizeHint the decoded size the recorder declared, or -1: sizes the buffer once
   */
  boolean begin(long quoteOffset, long sizeHint) throws IOException {
    capturing = false;
    scan = null;
    long at = quoteOffset - lastStart;
    if (lastLen == 0 || at < 0 || at >= lastLen || lastArray[lastOff + (int) at] != '"') {
      return false;
    }
    int first = lastOff + (int) at + 1;
    int available = lastOff + lastLen - first;
    // A string is never shorter in the file than its value; escapes make it a little longer.
    long wanted = sizeHint > 0 ? sizeHint + sizeHint / 4 + 64 : 16_384;
    buf = new byte[(int) Math.min(keep, wanted)];
    len = 0;
    this.sizeHint = sizeHint;
    ended = false;
    capturing = true;
    take(lastArray, first, available);
    return true;
  }

  /**
   * Stops keeping bytes; call once the parser has moved past the string (it has then checked the
   * string's syntax, so a string that fit is not scanned again here: its end is found when unescaped).
   */
  RawJsonString end() {
    capturing = false;
    RawJsonString raw = scan == null
        ? RawJsonString.whole(buf, len)
        : scan.truncated()
            ? RawJsonString.prefix(buf, len, scan.chars(), scan.utf8Bytes(), scan.tail())
            : RawJsonString.whole(buf, scan.keptEnd());
    buf = null;
    scan = null;
    return raw;
  }

  private void take(byte[] b, int off, int n) throws IOException {
    if (ended) {
      return;
    }
    if (scan == null) {
      if (sizeHint > 0 && len + n > sizeHint) {
        int quote = closingQuote(b, off + (int) Math.max(0, sizeHint - len), off + n, off);
        if (quote >= 0) {
          n = quote - off + 1;
          ended = true;
        }
      }
      if (n > buf.length - len && buf.length < keep) {
        byte[] grown = new byte[(int) Math.min(keep, Math.max((long) buf.length * 2, (long) len + n))];
        System.arraycopy(buf, 0, grown, 0, len);
        buf = grown;
      }
      int stored = Math.min(n, buf.length - len);
      System.arraycopy(b, off, buf, len, stored);
      len += stored;
      if (stored == n) {
        return;
      }
      // The kept prefix is full: from here on the string is scanned for its end, not stored.
      scan = RawJsonString.Scan.of(buf, len);
      off += stored;
      n -= stored;
    }
    scan.continueWith(b, off, n);
    if (scan.chars() > maxChars) {
      capturing = false;
      throw tooLong();
    }
  }

  /**
   * The first quote in {@code b[from, to)} that closes the string, or -1. Inside a JSON string a
   * quote is escaped exactly when an odd number of backslashes precedes it, so the search may start
   * anywhere in the string; the backslashes may begin in the bytes already kept.
   */
  private int closingQuote(byte[] b, int from, int to, int chunkStart) {
    for (int i = from; i < to; i++) {
      if (b[i] != '"') {
        continue;
      }
      int backslashes = 0;
      int j = i - 1;
      while (j >= chunkStart && b[j] == '\\') {
        backslashes++;
        j--;
      }
      if (j < chunkStart) {
        for (int k = len - 1; k >= 0 && buf[k] == '\\'; k--) {
          backslashes++;
        }
      }
      if ((backslashes & 1) == 0) {
        return i;
      }
    }
    return -1;
  }

  private IOException tooLong() {
    // The message the parser itself gives, so a too-long body reads the same whichever path met it.
    return new StreamConstraintsException(
        "String value length (" + scan.chars() + ") exceeds the maximum allowed (" + maxChars + ")");
  }
}
