package io.statuslint.detect;

/**
 * A body prepared for the leak detectors: a bounded prefix of the raw text, and on demand the same
 * text as a reader would see it. Leaks rarely arrive as plain text: a stack trace sits in a JSON
 * string with {@code \n} escapes, PHP's {@code json_encode} writes {@code \/var\/www}, HTML pages
 * entity-escape quotes and indent frames with {@code &nbsp;}. {@link #plain()} undoes those layers
 * once, so the precise patterns are written against ordinary text.
 *
 * <p>Detectors scan the raw text first with cheap trigger tokens ({@link LeakTriggers}, one pass shared
 * by all of them) and decode only when one fired, so a clean body costs one pass and no decoding.
 * An instance caches its work and is meant for one thread.
 */
public final class ScanText {

  /** How much of a body is scanned: leaks show up near the start, and big bodies must stay cheap. */
  public static final int MAX_CHARS = 64 * 1024;

  private final String raw;
  private String plain;
  private long triggers = -1;

  private ScanText(String raw) {
    this.raw = raw;
  }

  /**
   * The first {@link #MAX_CHARS} characters of {@code text}. Rules that judge one response share
   * one instance through {@code ResponseView.derived}, so the trigger pass and the decoding happen
   * once per response.
   */
  public static ScanText of(String text) {
    String t = text == null ? "" : text;
    if (t.length() > MAX_CHARS) {
      int end = MAX_CHARS;
      if (Character.isHighSurrogate(t.charAt(end - 1))) {
        end--;
      }
      t = t.substring(0, end);
    }
    return new ScanText(t);
  }

  /** Which groups of {@link LeakTriggers} occur in the raw text; one pass, done once. */
  long triggers() {
    if (triggers < 0) {
      triggers = LeakTriggers.ALL.groupsIn(raw) & Long.MAX_VALUE;
    }
    return triggers;
  }

  /** The text as recorded (bounded). */
  public String raw() {
    return raw;
  }

  /** The text with JSON string escapes, HTML entities and layout tags undone; computed once. */
  public String plain() {
    if (plain == null) {
      String s = looksLikeJson(raw) ? decodeJsonEscapes(raw) : raw;
      plain = s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? HtmlText.decode(s) : s;
    }
    return plain;
  }

  /**
   * Whether backslash escapes in the text are JSON's: a JSON document or a serialised JSON string (a
   * spec example). A plain-text body keeps its backslashes: {@code C:\new\app.cs} must stay a path.
   */
  static boolean looksLikeJson(String s) {
    int i = 0;
    int n = s.length();
    while (i < n && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    if (i >= n) {
      return false;
    }
    char c = s.charAt(i);
    if (c == '{' || c == '"') {
      return true;
    }
    if (c != '[') {
      return false;
    }
    // "[2024-05-02 10:00] production.ERROR: ..." is a log line, not a JSON array.
    i++;
    while (i < n && Character.isWhitespace(s.charAt(i))) {
      i++;
    }
    return i < n && (s.charAt(i) == '{' || s.charAt(i) == '"' || s.charAt(i) == '[' || s.charAt(i) == ']');
  }

  /** Undoes JSON string escapes everywhere in {@code s}; copies runs between escapes in bulk. */
  static String decodeJsonEscapes(String s) {
    int bs = s.indexOf('\\');
    if (bs < 0) {
      return s;
    }
    StringBuilder out = new StringBuilder(s.length());
    int from = 0;
    int n = s.length();
    while (bs >= 0) {
      out.append(s, from, bs);
      if (bs + 1 >= n) {
        out.append('\\');
        from = n;
        break;
      }
      char e = s.charAt(bs + 1);
      int next = bs + 2;
      switch (e) {
        case 'n' -> out.append('\n');
        case 'r' -> out.append('\r');
        case 't' -> out.append('\t');
        case 'b', 'f' -> out.append(' ');
        case '"', '\\', '/', '\'' -> out.append(e);
        case 'u' -> {
          int cp = bs + 6 <= n ? hex4(s, bs + 2) : -1;
          if (cp >= 0) {
            out.append((char) cp);
            next = bs + 6;
          } else {
            out.append('\\').append('u');
          }
        }
        default -> out.append('\\').append(e);
      }
      from = next;
      bs = s.indexOf('\\', from);
    }
    if (from < n) {
      out.append(s, from, n);
    }
    return out.toString();
  }

  private static int hex4(String s, int at) {
    int v = 0;
    for (int i = at; i < at + 4; i++) {
      int d = Character.digit(s.charAt(i), 16);
      if (d < 0) {
        return -1;
      }
      v = v * 16 + d;
    }
    return v;
  }
}
