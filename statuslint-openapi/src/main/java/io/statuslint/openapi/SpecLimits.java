package io.statuslint.openapi;

import java.time.Duration;

/**
 * The bounds every spec run stays within, so that no input (a huge file, an alias bomb, a cycle of
 * {@code $ref}s, a server that never answers) can take unbounded time or memory.
 *
 * @param maxBytes the largest document accepted, per file (default 64 MiB: GitHub's full spec is 13 MB)
 * @param maxDepth the deepest nesting accepted (default 500; real specs stay under 60)
 * @param maxRefHops the longest chain of {@code $ref}s to {@code $ref}s followed (default 32)
 * @param maxDocuments the most documents (the spec and the files and URLs it references) read per spec
 * @param maxCallbackDepth how deep callbacks within callbacks are followed (default 8)
 * @param maxExampleChars the longest example text handed to rules; longer ones are cut (a known prefix)
 * @param connectTimeout connection timeout for URLs
 * @param readTimeout timeout for a whole URL fetch
 */
public record SpecLimits(
    long maxBytes,
    int maxDepth,
    int maxRefHops,
    int maxDocuments,
    int maxCallbackDepth,
    int maxExampleChars,
    Duration connectTimeout,
    Duration readTimeout) {

  public static final long DEFAULT_MAX_BYTES = 64L << 20;

  public SpecLimits {
    if (maxBytes <= 0 || maxDepth <= 0 || maxRefHops <= 0 || maxDocuments <= 0 || maxExampleChars <= 0) {
      throw new IllegalArgumentException("spec limits must be positive");
    }
  }

  public static SpecLimits defaults() {
    return new SpecLimits(DEFAULT_MAX_BYTES, 500, 32, 256, 8, 64 * 1024,
        Duration.ofSeconds(10), Duration.ofSeconds(30));
  }

  public SpecLimits withMaxBytes(long bytes) {
    return new SpecLimits(bytes, maxDepth, maxRefHops, maxDocuments, maxCallbackDepth, maxExampleChars,
        connectTimeout, readTimeout);
  }

  public SpecLimits withTimeouts(Duration connect, Duration read) {
    return new SpecLimits(maxBytes, maxDepth, maxRefHops, maxDocuments, maxCallbackDepth, maxExampleChars,
        connect, read);
  }

  /** Parses a size such as {@code 64m}, {@code 200MB}, {@code 1g} or a plain number of bytes. */
  public static long parseSize(String text) {
    String t = text.trim().toLowerCase(java.util.Locale.ROOT);
    if (t.endsWith("ib")) {
      t = t.substring(0, t.length() - 2);
    } else if (t.endsWith("b")) {
      t = t.substring(0, t.length() - 1);
    }
    long unit = 1;
    if (t.endsWith("k")) {
      unit = 1L << 10;
    } else if (t.endsWith("m")) {
      unit = 1L << 20;
    } else if (t.endsWith("g")) {
      unit = 1L << 30;
    }
    if (unit != 1) {
      t = t.substring(0, t.length() - 1).trim();
    }
    try {
      long n = Long.parseLong(t);
      if (n <= 0 || n > Long.MAX_VALUE / unit) {
        throw new NumberFormatException();
      }
      return n * unit;
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a size: '" + text + "' (e.g. 64m, 200MB, 1g)");
    }
  }

  /** {@code 64 MiB}, {@code 512 KiB}, {@code 1500 bytes}. */
  public static String describe(long bytes) {
    if (bytes >= (1L << 20) && bytes % (1L << 20) == 0) {
      return (bytes >> 20) + " MiB";
    }
    if (bytes >= (1L << 10) && bytes % (1L << 10) == 0) {
      return (bytes >> 10) + " KiB";
    }
    return bytes + " bytes";
  }
}
