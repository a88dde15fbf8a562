package io.statuslint.probe.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Objects;

/**
 * Request content: literal bytes, or a generated JSON document of an exact size (the oversized-body
 * experiment sends megabytes that are never held in memory).
 */
public final class RequestBody {

  private static final int CHUNK = 64 * 1024;

  private final String contentType;
  private final byte[] bytes;
  private final long length;

  private RequestBody(String contentType, byte[] bytes, long length) {
    this.contentType = contentType;
    this.bytes = bytes;
    this.length = length;
  }

  public static RequestBody of(String contentType, String text) {
    byte[] b = text.getBytes(StandardCharsets.UTF_8);
    return new RequestBody(contentType, b, b.length);
  }

  /** A valid JSON object of exactly {@code length} bytes: {@code {"statuslint":"aaa…"}}. */
  public static RequestBody jsonOfSize(long length) {
    long min = "{\"statuslint\":\"\"}".length();
    if (length < min) {
      throw new IllegalArgumentException("a generated JSON body needs at least " + min + " bytes");
    }
    return new RequestBody("application/json", null, length);
  }

  public String contentType() {
    return contentType;
  }

  public long length() {
    return length;
  }

  /** The first {@code max} bytes, for the record of what was sent. */
  public byte[] prefix(int max) {
    if (bytes != null) {
      return bytes.length <= max ? bytes : Arrays.copyOf(bytes, max);
    }
    byte[] out = new byte[(int) Math.min(max, length)];
    fill(out, 0);
    return out;
  }

  /** Writes the content; {@code between} runs after each chunk so the sender can stop early. */
  void writeTo(OutputStream out, ChunkListener between) throws IOException {
    if (bytes != null) {
      out.write(bytes);
      return;
    }
    byte[] chunk = new byte[(int) Math.min(CHUNK, length)];
    long written = 0;
    while (written < length) {
      int n = (int) Math.min(chunk.length, length - written);
      fill(chunk, written);
      out.write(chunk, 0, n);
      written += n;
      between.afterChunk(written);
    }
  }

  /** Bytes of the generated document from {@code offset}: the head, the a's, then the tail. */
  private void fill(byte[] into, long offset) {
    byte[] head = "{\"statuslint\":\"".getBytes(StandardCharsets.US_ASCII);
    byte[] tail = "\"}".getBytes(StandardCharsets.US_ASCII);
    for (int i = 0; i < into.length; i++) {
      long pos = offset + i;
      if (pos < head.length) {
        into[i] = head[(int) pos];
      } else if (pos >= length - tail.length) {
        into[i] = tail[(int) (pos - (length - tail.length))];
      } else {
        into[i] = 'a';
      }
    }
  }

  /** Called between chunks of a generated body. */
  interface ChunkListener {
    void afterChunk(long written) throws IOException;
  }

  @Override
  public String toString() {
    return "RequestBody[" + Objects.toString(contentType) + ", " + length + " bytes]";
  }
}
