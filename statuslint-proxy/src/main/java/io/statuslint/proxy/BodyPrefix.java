package io.statuslint.proxy;

import io.netty.buffer.ByteBuf;
import java.util.Arrays;

/**
 * The first bytes of a streamed body, up to a bound, and the count of every byte that passed. The
 * body itself streams on untouched; only this copy is kept for the rules and the recording.
 */
final class BodyPrefix {

  private static final byte[] NONE = new byte[0];

  private final int limit;
  private byte[] bytes = NONE;
  private int length;
  private long total;

  BodyPrefix(int limit) {
    this.limit = limit;
  }

  void add(ByteBuf content) {
    int readable = content.readableBytes();
    total += readable;
    int take = Math.min(readable, limit - length);
    if (take <= 0) {
      return;
    }
    if (length + take > bytes.length) {
      // The first piece gets an array of its own size: most bodies arrive whole, and then bytes()
      // hands this array over without copying. Later pieces grow it geometrically, never past the bound.
      int size = length == 0 ? take : Math.min(limit, Math.max(length + take, bytes.length * 2));
      bytes = Arrays.copyOf(bytes, size);
    }
    content.getBytes(content.readerIndex(), bytes, length, take);
    length += take;
  }

  /** Every byte that passed, including those past the bound. */
  long total() {
    return total;
  }

  /** Whether bytes were seen beyond the kept prefix. */
  boolean cut() {
    return total > length;
  }

  /** The kept bytes (a copy only when the array is larger than the prefix). */
  byte[] bytes() {
    return length == bytes.length ? bytes : Arrays.copyOf(bytes, length);
  }

  int length() {
    return length;
  }
}
