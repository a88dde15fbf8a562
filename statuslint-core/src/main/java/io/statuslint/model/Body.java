package io.statuslint.model;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Objects;

/**
 * A message body as far as it is known. A HAR entry whose content was not captured has an
 * {@link State#UNKNOWN unknown} body, not an empty one; a gateway log that kept only the first
 * kilobytes has a {@link State#TRUNCATED truncated} one. Rules read bodies only through this class,
 * so none of them mistakes "not recorded" for "not sent".
 *
 * <p>Text is decoded lazily and at most once; binary bodies are never decoded as text unless asked.
 */
public final class Body {

  /** What is known about the body. */
  public enum State {
    /** Known to be empty: no content was sent. */
    ABSENT,
    /** Every byte is known. */
    COMPLETE,
    /** A prefix is known; {@link #size()} is the full size when the recorder knew it, else -1. */
    TRUNCATED,
    /** Not recorded: nothing can be said about it. */
    UNKNOWN
  }

  private static final Body ABSENT = new Body(State.ABSENT, null, null, 0, StandardCharsets.UTF_8, 0);
  private static final Body UNKNOWN = new Body(State.UNKNOWN, null, null, -1, StandardCharsets.UTF_8, -1);

  private final State state;
  private final Charset charset;
  private final long size;
  private final long knownBytes;
  private String text;
  private byte[] bytes;

  private Body(State state, String text, byte[] bytes, long size, Charset charset, long knownBytes) {
    this.state = state;
    this.text = text;
    this.bytes = bytes;
    this.size = size;
    this.charset = charset;
    this.knownBytes = knownBytes;
  }

  public static Body absent() {
    return ABSENT;
  }

  public static Body unknown() {
    return UNKNOWN;
  }

  /** A complete body known as text (HAR's {@code content.text} is already decoded). */
  public static Body ofText(String text) {
    Objects.requireNonNull(text, "text");
    if (text.isEmpty()) {
      return ABSENT;
    }
    return new Body(State.COMPLETE, text, null, -1, StandardCharsets.UTF_8, -1);
  }

  /** A complete body known as bytes, decoded as text with {@code charset} when asked. */
  public static Body ofBytes(byte[] bytes, Charset charset) {
    Objects.requireNonNull(bytes, "bytes");
    if (bytes.length == 0) {
      return ABSENT;
    }
    return new Body(
        State.COMPLETE, null, bytes, bytes.length, charset == null ? StandardCharsets.UTF_8 : charset, bytes.length);
  }

  /** A complete body given as base64; decoded only if a rule asks for its bytes or text. */
  public static Body ofBase64(String base64, Charset charset) {
    Objects.requireNonNull(base64, "base64");
    if (base64.isEmpty()) {
      return ABSENT;
    }
    long decodedLength = base64DecodedLength(base64);
    Body b = new Body(State.COMPLETE, null, null, decodedLength,
        charset == null ? StandardCharsets.UTF_8 : charset, decodedLength);
    b.base64 = base64;
    return b;
  }

  /** Text that is produced only when asked for, in part or whole (see {@link #ofDeferredText}). */
  public interface DeferredText {
    /** The whole text. */
    String text();

    /** At most {@code maxChars} characters from the start, producing no more than that needs. */
    String prefix(int maxChars);
  }

  /**
   * A complete, non-empty text body whose text is produced on first use, by whichever thread first
   * reads the body (a reader hands bodies to the thread that judges them: the work moves there, and
   * a body no rule reads is never produced; a rule that reads a prefix produces only that).
   */
  public static Body ofDeferredText(DeferredText text) {
    Objects.requireNonNull(text, "text");
    Body b = new Body(State.COMPLETE, null, null, -1, StandardCharsets.UTF_8, -1);
    b.deferred = text;
    return b;
  }

  /** Produces deferred text whole, once; no effect on other bodies. */
  private void produceDeferred() {
    if (deferred != null) {
      text = deferred.text();
      deferred = null;
    }
  }

  /** A known prefix of a longer body; {@code fullSize} is -1 if the recorder did not know it. */
  public static Body truncated(String prefix, long fullSize) {
    Objects.requireNonNull(prefix, "prefix");
    return new Body(State.TRUNCATED, prefix, null, fullSize, StandardCharsets.UTF_8, -1);
  }

  /** A known prefix of a longer body, as bytes. */
  public static Body truncated(byte[] prefix, long fullSize, Charset charset) {
    Objects.requireNonNull(prefix, "prefix");
    return new Body(State.TRUNCATED, null, prefix, fullSize,
        charset == null ? StandardCharsets.UTF_8 : charset, prefix.length);
  }

  private String base64;
  private DeferredText deferred;

  public State state() {
    return state;
  }

  /** Whether the body is known to carry at least one byte (completely or as a prefix). */
  public boolean hasBytes() {
    if (state == State.COMPLETE) {
      return true;
    }
    if (state == State.TRUNCATED) {
      return size > 0 || knownBytes > 0 || (text != null && !text.isEmpty());
    }
    return false;
  }

  /** Whether every byte of the body is known (absent bodies are known too: they are empty). */
  public boolean isComplete() {
    return state == State.COMPLETE || state == State.ABSENT;
  }

  /** Whether at least some content is readable (complete or a prefix). */
  public boolean isReadable() {
    return state == State.COMPLETE || state == State.TRUNCATED;
  }

  /** The full size in bytes, or -1 when not known. */
  public long size() {
    if (state == State.COMPLETE && size < 0) {
      produceDeferred();
      return text != null ? text.getBytes(StandardCharsets.UTF_8).length : bytes().length;
    }
    return size;
  }

  /** The known text (all of it, or the prefix), or {@code ""} when nothing is readable. */
  public String text() {
    produceDeferred();
    if (text == null) {
      if (!isReadable()) {
        return "";
      }
      byte[] b = bytes();
      text = new String(b, charset);
    }
    return text;
  }

  /**
   * At most {@code maxChars} characters of the known text. A body known as bytes is decoded only as
   * far as needed, so rules that read a bounded prefix never pay for a large body's full text.
   */
  public String textPrefix(int maxChars) {
    if (deferred != null) {
      String prefix = deferred.prefix(maxChars);
      if (prefix.length() < maxChars) {
        // That was all of it: keep it, and never produce it again.
        text = prefix;
        deferred = null;
      }
      return prefix;
    }
    if (text == null && isReadable()) {
      byte[] b = bytes();
      // No charset needs more than four bytes per character.
      long enough = (long) maxChars * 4;
      if (b.length > enough) {
        String prefix = new String(b, 0, (int) enough, charset);
        return prefix.length() <= maxChars ? prefix : prefix.substring(0, maxChars);
      }
    }
    String t = text();
    return t.length() <= maxChars ? t : t.substring(0, maxChars);
  }

  /** The known bytes (all, or the prefix); text bodies are encoded as UTF-8. */
  public byte[] bytes() {
    if (bytes == null) {
      produceDeferred();
      if (base64 != null) {
        bytes = decodeBase64(base64);
      } else if (text != null) {
        bytes = text.getBytes(StandardCharsets.UTF_8);
      } else {
        bytes = new byte[0];
      }
    }
    return bytes;
  }

  private static byte[] decodeBase64(String base64) {
    try {
      return Base64.getMimeDecoder().decode(base64);
    } catch (IllegalArgumentException e) {
      // A recorder that mislabels plain text as base64 should not lose the body.
      return base64.getBytes(StandardCharsets.UTF_8);
    }
  }

  private static long base64DecodedLength(String b64) {
    int n = b64.length();
    int pad = 0;
    if (n > 0 && b64.charAt(n - 1) == '=') {
      pad++;
      if (n > 1 && b64.charAt(n - 2) == '=') {
        pad++;
      }
    }
    return Math.max(0, (long) n * 3 / 4 - pad);
  }

  @Override
  public String toString() {
    return "Body[" + state + (size >= 0 ? ", " + size + " bytes" : "") + "]";
  }
}
