package io.statuslint.traffic;

import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Sits between the input and Jackson and takes a body string out of the parser's way. In a HAR most
 * bytes are body strings (JSON documents escaped inside a string, base64 images), and walking them
 * is most of a reader's work. When the parser stands on such a string, {@link #take} finds where it
 * ends (a quote after an even run of backslashes, looked for eight bytes at a time), keeps its raw
 * bytes for {@link RawJsonString} to unescape later, on the thread that judges the body and only as
 * far as a rule reads, and hands the parser only what completes the character or escape it is in the
 * middle of, then the closing quote: the parser skips a few bytes instead of the whole string.
 *
 * <p>What the parser is given is the input minus the bytes taken, so its offsets stop matching the
 * file's; {@link #taken()} counts the difference. Line numbers are not affected: a JSON string holds
 * no line break. The parser still checks the string's syntax as far as it sees it; the bytes taken are
 * only searched for the string's end (RawJsonString copes with any content). Not thread-safe.
 */
final class StringCapture extends FilterInputStream {

  private static final int CHUNK = 64 * 1024;
  private static final int PARSER_READ = 512;

  private final int keep;
  private final long maxChars;

  /** Where the last read put its bytes: the parser's own buffer, intact until it reads again. */
  private byte[] lastArray;
  private int lastOff;
  private int lastLen;
  private long lastStart;
  private long delivered;
  private long taken;

  /** Bytes owed to the parser before the input goes on: what completes its last character, the quote, more. */
  private byte[] pending = new byte[0];
  private int pendingPos;
  private int pendingEnd;
  /** Where the input is read ahead into: two, so that one can hold what is owed while the other fills. */
  private final byte[][] scratch = {new byte[CHUNK], new byte[CHUNK]};

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
    // Small reads: when the parser meets a body string, little of it is in the parser's buffer (which
    // both the parser and the search for the string's end walk); the rest is taken unseen by it.
    int r = fetch(b, off, Math.min(n, PARSER_READ));
    if (r <= 0) {
      lastLen = 0;
      return r;
    }
    lastArray = b;
    lastOff = off;
    lastLen = r;
    lastStart = delivered;
    delivered += r;
    return r;
  }

  /** From what is owed first, then from the input. */
  private int fetch(byte[] b, int off, int n) throws IOException {
    if (pendingPos < pendingEnd) {
      int r = Math.min(n, pendingEnd - pendingPos);
      System.arraycopy(pending, pendingPos, b, off, r);
      pendingPos += r;
      return r;
    }
    return in.read(b, off, n);
  }

  @Override
  public int available() throws IOException {
    return pendingEnd - pendingPos + in.available();
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  @Override
  public long skip(long n) throws IOException {
    throw new IOException("the parser's input cannot be skipped");
  }

  /** Bytes of the input the parser was not given (taken strings), for positions in the file. */
  long taken() {
    return taken;
  }

  /**
   * Takes the string whose opening quote is at {@code quoteOffset} (an offset of the parser's): its
   * raw bytes, at most {@code keep} of them with the size of the rest. Null, and nothing taken, when
   * those bytes are no longer at hand; the parser then reads the string itself.
   *
   * @param sizeHint the value's size as the recorder declared it, or -1: sizes the buffer
   */
  RawJsonString take(long quoteOffset, long sizeHint) throws IOException {
    int first = contentStart(quoteOffset);
    if (first < 0) {
      return null;
    }
    int initial = (int) Math.min(keep, sizeHint > 0 ? sizeHint + sizeHint / 4 + 64 : 4_096);
    Walk w = new Walk(new byte[Math.max(16, initial)], true);
    w.walk(first);
    if (w.overflow != null) {
      return RawJsonString.prefix(w.kept, w.keptLen, w.overflow.chars(), w.overflow.utf8Bytes(), w.overflow.tail());
    }
    return RawJsonString.whole(w.kept, w.keptLen);
  }

  /** Takes the string at {@code quoteOffset} keeping none of it (a body no rule reads); false when not at hand. */
  boolean pass(long quoteOffset) throws IOException {
    int first = contentStart(quoteOffset);
    if (first < 0) {
      return false;
    }
    new Walk(null, false).walk(first);
    return true;
  }

  /** Where the string's content starts in the parser's last buffer, or -1 when it is not there. */
  private int contentStart(long quoteOffset) {
    long at = quoteOffset - lastStart;
    if (lastLen == 0 || at < 0 || at >= lastLen || lastArray[lastOff + (int) at] != '"') {
      return -1;
    }
    return lastOff + (int) at + 1;
  }

  /** One string's walk from its first content byte to its closing quote. */
  private final class Walk {
    private byte[] kept;
    private int keptLen;
    private final boolean keeping;
    /** Set once the string outgrew {@code keep}: counts what the rest decodes to. */
    private RawStringScan overflow;
    private long rawLength;
    /** Backslashes at the end of what was walked so far (they escape what follows when odd). */
    private int trailingBackslashes;
    /** Bytes of the rest the parser needs to finish what it is in the middle of (an escape, a character). */
    private int owed;
    private boolean owedUnknown;
    private final byte[] bridge = new byte[8];
    private int bridgeLen;

    Walk(byte[] kept, boolean keeping) {
      this.kept = kept;
      this.keeping = keeping;
    }

    void walk(int first) throws IOException {
      int end = lastOff + lastLen;
      if (visit(lastArray, first, end) >= 0) {
        return; // the whole string is in the parser's buffer: it skips it itself
      }
      owedAt(lastArray, first, end);
      long consumed = 0;
      // The rest: first what is already owed to the parser, then the input, read ahead here.
      while (true) {
        byte[] chunk;
        int from;
        int to;
        if (pendingPos < pendingEnd) {
          chunk = pending;
          from = pendingPos;
          to = pendingEnd;
        } else {
          chunk = scratch[pending == scratch[0] ? 1 : 0];
          from = 0;
          to = Math.max(0, in.read(chunk, 0, CHUNK));
          if (to == 0) {
            // Truncated input: the parser meets the end itself and says so.
            owe(new byte[0], 0, 0);
            return;
          }
        }
        collectBridge(chunk, from, to);
        int quote = visit(chunk, from, to);
        if (quote >= 0) {
          taken += consumed + quote - from - bridgeLen;
          owe(chunk, quote, to);
          return;
        }
        consumed += to - from;
        pendingPos = pendingEnd = 0;
      }
    }

    /** Keeps and searches {@code b[from, to)}; the index of the closing quote, or -1. */
    private int visit(byte[] b, int from, int to) throws IOException {
      int quote = RawJsonString.closingQuote(b, from, to, trailingBackslashes);
      int stop = quote >= 0 ? quote : to;
      if (keeping) {
        keep(b, from, stop);
      }
      rawLength += stop - from;
      if (!keeping && rawLength > maxChars) {
        throw tooLong(rawLength);
      }
      if (quote < 0) {
        trailingBackslashes = RawJsonString.backslashesBefore(b, from, to, trailingBackslashes);
      }
      return quote;
    }

    private void keep(byte[] b, int from, int stop) throws IOException {
      if (overflow != null) {
        overflow.continueWith(b, from, stop - from);
      } else {
        int n = stop - from;
        if (n > kept.length - keptLen && kept.length < keep) {
          kept = Arrays.copyOf(kept, (int) Math.min(keep, Math.max((long) kept.length * 2, (long) keptLen + n)));
        }
        int stored = Math.min(n, kept.length - keptLen);
        System.arraycopy(b, from, kept, keptLen, stored);
        keptLen += stored;
        if (stored < n) {
          overflow = RawStringScan.of(kept, keptLen);
          overflow.continueWith(b, from + stored, n - stored);
        }
      }
      if (overflow != null && overflow.chars() > maxChars) {
        throw tooLong(overflow.chars());
      }
    }

    /** What the parser, whose buffer ends at {@code end}, is in the middle of: an escape or a character. */
    private void owedAt(byte[] b, int from, int end) {
      for (int e = end - 1; e >= Math.max(from, end - 6); e--) {
        if (b[e] == '\\' && (RawJsonString.backslashesBefore(b, from, e, 0) & 1) == 0) {
          if (e + 1 >= end) {
            owedUnknown = true; // a backslash last: one byte, or five for \\u
            return;
          }
          owed = Math.max(0, e + (b[e + 1] == 'u' ? 6 : 2) - end);
          if (owed > 0) {
            return;
          }
          break; // the last escape is whole; a character after it may not be
        }
      }
      for (int j = end - 1; j >= Math.max(from, end - 3); j--) {
        int c = b[j] & 0xff;
        if ((c & 0xC0) != 0x80) {
          int length = c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : c >= 0xC0 ? 2 : 1;
          owed = Math.max(0, j + length - end);
          return;
        }
      }
    }

    /** Keeps the first bytes of the rest, which the parser is given before the closing quote. */
    private void collectBridge(byte[] chunk, int from, int to) {
      if (owedUnknown && to > from) {
        owed = chunk[from] == 'u' ? 5 : 1;
        owedUnknown = false;
      }
      int more = Math.min(owed - bridgeLen, to - from);
      if (more > 0) {
        System.arraycopy(chunk, from, bridge, bridgeLen, more);
        bridgeLen += more;
      }
    }

    /**
     * The parser is owed the bridge, then {@code chunk[quote, to)}: written in place over the string's
     * last bytes (already kept) when there is room, so nothing is copied.
     */
    private void owe(byte[] chunk, int quote, int to) {
      if (quote >= bridgeLen) {
        System.arraycopy(bridge, 0, chunk, quote - bridgeLen, bridgeLen);
        pending = chunk;
        pendingPos = quote - bridgeLen;
        pendingEnd = to;
        return;
      }
      byte[] owedBytes = Arrays.copyOf(bridge, bridgeLen + (to - quote));
      System.arraycopy(chunk, quote, owedBytes, bridgeLen, to - quote);
      pending = owedBytes;
      pendingPos = 0;
      pendingEnd = owedBytes.length;
    }
  }

  private IOException tooLong(long chars) {
    // The message the parser itself gives, so a too-long body reads the same whichever path met it.
    return new StreamConstraintsException(
        "String value length (" + chars + ") exceeds the maximum allowed (" + maxChars + ")");
  }
}
