package io.statuslint.traffic;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;

/**
 * Splits a byte stream into lines ({@code \n} or {@code \r\n}) without decoding them. A line longer
 * than the cap is not kept: it is flagged and skipped, so one runaway line cannot exhaust memory.
 * A UTF-8 byte-order mark at the start is dropped.
 */
final class LineSource {

  private static final int BUFFER = 64 * 1024;

  private final InputStream in;
  private final int maxLineBytes;
  private final byte[] buffer = new byte[BUFFER];
  private int pos;
  private int limit;
  private boolean eof;
  private long consumed;
  private byte[] line = new byte[8 * 1024];
  private int length;
  private boolean overlong;
  private boolean first = true;

  LineSource(InputStream in, int maxLineBytes) {
    this.in = in;
    this.maxLineBytes = maxLineBytes;
  }

  /** Advances to the next line; false at the end of the input. */
  boolean next() throws IOException {
    length = 0;
    overlong = false;
    boolean any = false;
    while (true) {
      if (pos >= limit) {
        if (eof || !fill()) {
          eof = true;
          if (any) {
            finishLine();
          }
          return any;
        }
      }
      any = true;
      int start = pos;
      int newline = -1;
      for (int i = start; i < limit; i++) {
        if (buffer[i] == '\n') {
          newline = i;
          break;
        }
      }
      int end = newline < 0 ? limit : newline;
      append(start, end - start);
      pos = newline < 0 ? limit : newline + 1;
      consumed += pos - start;
      if (newline >= 0) {
        finishLine();
        return true;
      }
    }
  }

  private boolean fill() throws IOException {
    int n = in.read(buffer, 0, buffer.length);
    while (n == 0) {
      n = in.read(buffer, 0, buffer.length);
    }
    if (n < 0) {
      return false;
    }
    pos = 0;
    limit = n;
    return true;
  }

  private void append(int start, int count) {
    if (overlong || count == 0) {
      return;
    }
    if ((long) length + count > maxLineBytes) {
      overlong = true;
      length = 0;
      return;
    }
    if (length + count > line.length) {
      line = Arrays.copyOf(line, (int) Math.min(maxLineBytes, Math.max(line.length * 2L, (long) length + count)));
    }
    System.arraycopy(buffer, start, line, length, count);
    length += count;
  }

  private void finishLine() {
    if (length > 0 && line[length - 1] == '\r') {
      length--;
    }
    if (first) {
      first = false;
      if (length >= 3 && (line[0] & 0xff) == 0xEF && (line[1] & 0xff) == 0xBB && (line[2] & 0xff) == 0xBF) {
        System.arraycopy(line, 3, line, 0, length - 3);
        length -= 3;
      }
    }
  }

  byte[] bytes() {
    return line;
  }

  int length() {
    return length;
  }

  /** Whether the current line exceeded the cap (its bytes were dropped). */
  boolean overlong() {
    return overlong;
  }

  boolean blank() {
    for (int i = 0; i < length; i++) {
      byte b = line[i];
      if (b != ' ' && b != '\t' && b != '\r') {
        return false;
      }
    }
    return true;
  }

  /** Bytes consumed from the input, newlines included. */
  long consumed() {
    return consumed;
  }

  void close() throws IOException {
    in.close();
  }
}
