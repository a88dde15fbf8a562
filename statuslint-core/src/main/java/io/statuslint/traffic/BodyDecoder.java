package io.statuslint.traffic;

import io.statuslint.model.Body;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.zip.GZIPInputStream;
import java.util.zip.Inflater;
import java.util.zip.InflaterInputStream;

/**
 * Undoes a Content-Encoding (RFC 9110 §8.4): {@code gzip}/{@code x-gzip}, {@code deflate} (zlib as
 * the RFC says, or raw deflate as some servers send it), and lists of them applied in order. Output
 * is capped: at most {@code maxKeptBytes} are kept and at most {@code maxDecodedBytes} inflated, so a
 * zip bomb yields a truncated prefix, never an OutOfMemoryError. Corrupt or binary input never
 * throws: what could be decoded is a truncated prefix, and nothing decoded is an unknown body.
 * Stateless and thread-safe.
 */
public final class BodyDecoder {

  private static final int CHUNK = 16 * 1024;

  private final long maxDecodedBytes;
  private final int maxKeptBytes;

  public BodyDecoder(long maxDecodedBytes, int maxKeptBytes) {
    if (maxDecodedBytes <= 0 || maxKeptBytes <= 0) {
      throw new IllegalArgumentException("caps must be positive");
    }
    this.maxDecodedBytes = maxDecodedBytes;
    this.maxKeptBytes = (int) Math.min(maxKeptBytes, maxDecodedBytes);
  }

  public static BodyDecoder of(ReaderOptions options) {
    return new BodyDecoder(options.maxDecodedBodyBytes(), options.maxBodyBytes());
  }

  /** Whether the Content-Encoding leaves the bytes as they are (absent, empty or identity). */
  public static boolean isIdentity(String contentEncoding) {
    return codings(contentEncoding).isEmpty();
  }

  /** Whether every coding listed can be undone here (br, zstd and compress cannot). */
  public static boolean supports(String contentEncoding) {
    for (String coding : codings(contentEncoding)) {
      if (!coding.equals("gzip") && !coding.equals("x-gzip") && !coding.equals("deflate")) {
        return false;
      }
    }
    return true;
  }

  /** Decodes a complete encoded body. */
  public Body decode(byte[] encoded, String contentEncoding, Charset charset) {
    return decode(new ByteArrayInputStream(encoded), contentEncoding, charset, true);
  }

  /**
   * Decodes an encoded body read from {@code encoded} (which this method does not close).
   *
   * @param encodedComplete false when {@code encoded} is only a prefix of the encoded body: the result
   *     is then a truncated prefix even if the decoder reached an end
   */
  public Body decode(InputStream encoded, String contentEncoding, Charset charset, boolean encodedComplete) {
    List<String> codings = codings(contentEncoding);
    if (!supports(contentEncoding)) {
      return Body.unknown();
    }
    byte[] kept = new byte[Math.min(maxKeptBytes, CHUNK)];
    int keptLength = 0;
    long total = 0;
    boolean clean = false;
    boolean capped = false;
    List<Inflater> inflaters = new ArrayList<>(2);
    try {
      InputStream in = encoded;
      // Codings are listed in the order they were applied, so they are undone last to first.
      for (int i = codings.size() - 1; i >= 0; i--) {
        in = wrap(in, codings.get(i), inflaters);
      }
      byte[] chunk = new byte[CHUNK];
      int n;
      while ((n = in.read(chunk)) >= 0) {
        int room = maxKeptBytes - keptLength;
        if (room > 0 && n > 0) {
          int take = Math.min(room, n);
          if (keptLength + take > kept.length) {
            kept = Arrays.copyOf(kept, (int) Math.min(maxKeptBytes, Math.max(kept.length * 2L, keptLength + take)));
          }
          System.arraycopy(chunk, 0, kept, keptLength, take);
          keptLength += take;
        }
        total += n;
        if (total > maxDecodedBytes) {
          capped = true;
          break;
        }
      }
      clean = !capped;
    } catch (IOException | RuntimeException corruptOrTruncated) {
      clean = false;
    } finally {
      for (Inflater inflater : inflaters) {
        inflater.end();
      }
    }
    byte[] prefix = Arrays.copyOf(kept, keptLength);
    if (clean && encodedComplete) {
      return total > keptLength ? Body.truncated(prefix, total, charset) : Body.ofBytes(prefix, charset);
    }
    if (total == 0) {
      return Body.unknown();
    }
    return Body.truncated(prefix, -1, charset);
  }

  private static InputStream wrap(InputStream in, String coding, List<Inflater> inflaters) throws IOException {
    if (coding.equals("deflate")) {
      BufferedInputStream buffered = new BufferedInputStream(in, 2);
      buffered.mark(2);
      int cmf = buffered.read();
      int flg = buffered.read();
      buffered.reset();
      // RFC 1950: compression method 8 and a header checksum divisible by 31 mean a zlib wrapper.
      boolean zlib = cmf >= 0 && flg >= 0 && (cmf & 0x0f) == 8 && ((cmf << 8) | flg) % 31 == 0;
      Inflater inflater = new Inflater(!zlib);
      inflaters.add(inflater);
      return new InflaterInputStream(buffered, inflater, CHUNK);
    }
    return new GZIPInputStream(in, CHUNK);
  }

  /** The codings of a Content-Encoding value, lower case, identity left out. */
  static List<String> codings(String contentEncoding) {
    if (contentEncoding == null || contentEncoding.isBlank()) {
      return List.of();
    }
    List<String> out = new ArrayList<>(2);
    for (String part : contentEncoding.split(",")) {
      String coding = part.trim().toLowerCase(Locale.ROOT);
      if (!coding.isEmpty() && !coding.equals("identity")) {
        out.add(coding);
      }
    }
    return out;
  }
}
