package io.statuslint.traffic;

/**
 * Limits and tolerance of the traffic readers. Every limit is a cap on memory per value, so a file of
 * any size is read in bounded memory; none of them bounds the size of the file.
 *
 * @param maxStringLength the longest JSON string (in characters) the parser accepts. Jackson's own
 *     default is 20 million, and a single HAR body (a base64 video, a large export) can exceed it, so
 *     the readers raise it deliberately to {@link #DEFAULT_MAX_STRING_LENGTH}. The parser buffers one
 *     string at a time, so this is also the peak memory of one value (two bytes per character).
 * @param lenient when true, a bad entry or line is skipped and counted in
 *     {@link ExchangeReader#skipped()} instead of failing the whole input
 * @param maxDecodedBodyBytes the most bytes inflated from one gzip/deflate body (an NDJSON body with
 *     Content-Encoding); beyond it decoding stops and the body is a truncated prefix (no zip bombs)
 * @param maxBodyBytes the most of one body kept in memory (for HAR text, bytes of the string as
 *     recorded, escapes included; for NDJSON, characters of text or bytes); a longer body becomes a
 *     truncated prefix with its full size. Rules read at most a bounded prefix anyway.
 * @param keepBinaryBodies whether HAR bodies of binary media types (images, fonts, audio, video,
 *     archives, PDF, octet streams) are kept. By default they are not: no rule reads their bytes, only
 *     whether there are any, so the reader records their size ({@code Body.truncated} with an empty
 *     prefix) and leaves their text unread: in a browser HAR such bodies are a large share of the
 *     bytes, and copying strings out of the parser is most of the cost of reading.
 */
public record ReaderOptions(
    int maxStringLength, boolean lenient, long maxDecodedBodyBytes, int maxBodyBytes, boolean keepBinaryBodies) {

  /** 256 Mi characters: large enough for any realistic recorded body, small enough to fail clearly. */
  public static final int DEFAULT_MAX_STRING_LENGTH = 256 * 1024 * 1024;
  /** 64 MiB of inflated output per body. */
  public static final long DEFAULT_MAX_DECODED_BODY_BYTES = 64L * 1024 * 1024;
  /** 1 MiB kept per body. */
  public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

  private static final ReaderOptions DEFAULTS = new ReaderOptions(
      DEFAULT_MAX_STRING_LENGTH, false, DEFAULT_MAX_DECODED_BODY_BYTES, DEFAULT_MAX_BODY_BYTES, false);

  public ReaderOptions {
    if (maxStringLength <= 0) {
      throw new IllegalArgumentException("maxStringLength must be positive: " + maxStringLength);
    }
    if (maxDecodedBodyBytes <= 0) {
      throw new IllegalArgumentException("maxDecodedBodyBytes must be positive: " + maxDecodedBodyBytes);
    }
    if (maxBodyBytes <= 0) {
      throw new IllegalArgumentException("maxBodyBytes must be positive: " + maxBodyBytes);
    }
  }

  public static ReaderOptions defaults() {
    return DEFAULTS;
  }

  public ReaderOptions withLenient(boolean value) {
    return new ReaderOptions(maxStringLength, value, maxDecodedBodyBytes, maxBodyBytes, keepBinaryBodies);
  }

  public ReaderOptions withMaxStringLength(int value) {
    return new ReaderOptions(value, lenient, maxDecodedBodyBytes, maxBodyBytes, keepBinaryBodies);
  }

  public ReaderOptions withMaxDecodedBodyBytes(long value) {
    return new ReaderOptions(maxStringLength, lenient, value, maxBodyBytes, keepBinaryBodies);
  }

  public ReaderOptions withMaxBodyBytes(int value) {
    return new ReaderOptions(maxStringLength, lenient, maxDecodedBodyBytes, value, keepBinaryBodies);
  }

  public ReaderOptions withKeepBinaryBodies(boolean value) {
    return new ReaderOptions(maxStringLength, lenient, maxDecodedBodyBytes, maxBodyBytes, value);
  }
}
