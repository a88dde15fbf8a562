package io.statuslint.detect;

import io.statuslint.model.Body;
import io.statuslint.model.MediaTypes;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;
import java.util.Arrays;

/**
 * Finds the human-readable message of an error response, the text a message rule judges.
 *
 * <ul>
 *   <li>JSON: the top-level members {@code message}, {@code msg}, {@code detail}, {@code title},
 *       {@code error} (a string, or the {@code message} of an object), {@code error_description},
 *       {@code errorMessage}, and the first entry of {@code errors} or of any of these members that is a
 *       list (NestJS, FastAPI);
 *       a body that is a bare JSON string is the message itself.
 *   <li>HTML: {@code <title>}, {@code <h1>} and the first line of {@code <pre>}.
 *   <li>XML: {@code <message>} and {@code <detail>} elements.
 *   <li>Plain text: the first {@value #MAX_SEGMENT} characters.
 *   <li>Spec responses: the response's {@code description}.
 * </ul>
 *
 * Only error responses (4xx, 5xx) are read, and only a bounded prefix of the body, so a huge body
 * costs no more than a small one. The pieces are joined with line breaks, which the classifier
 * treats as sentence breaks. A truncated JSON prefix yields the members read before the cut.
 */
public final class ErrorMessageExtractor {

  /** The longest piece of text kept from one member or element. */
  public static final int MAX_SEGMENT = 300;
  /** How much of a body is looked at. */
  public static final int MAX_SCAN = 16 * 1024;

  private static final int MAX_SEGMENTS = 6;
  private static final int MAX_DESCRIPTION = 400;

  private ErrorMessageExtractor() {}

  /**
   * The message of an error response: the body's for traffic, the description's for a spec; null
   * when the response is not an error, or no message is known.
   */
  public static String extract(ResponseView view) {
    int status = view.status();
    if (status < 400 || status > 599) {
      return null;
    }
    if (view.surface() == Surface.SPEC) {
      return fromDescription(view.description(), status);
    }
    return fromBody(view.body(), view.mediaType());
  }

  /**
   * A spec description, cut to its start. A description that names other error codes ("use 401
   * when...") is about more than this response, so it is not read.
   */
  static String fromDescription(String description, int status) {
    if (description == null || description.isBlank()) {
      return null;
    }
    String d = description.length() > MAX_DESCRIPTION ? description.substring(0, MAX_DESCRIPTION) : description;
    for (int i = 0; i + 3 <= d.length(); i++) {
      if ((i == 0 || !Character.isDigit(d.charAt(i - 1))) && (d.charAt(i) == '4' || d.charAt(i) == '5')
          && Character.isDigit(d.charAt(i + 1)) && Character.isDigit(d.charAt(i + 2))
          && (i + 3 == d.length() || !Character.isLetterOrDigit(d.charAt(i + 3)))) {
        int code = Integer.parseInt(d.substring(i, i + 3));
        if (code != status) {
          return null;
        }
      }
    }
    return d.strip();
  }

  /** The message of a recorded body, or null when the body is not readable text. */
  public static String fromBody(Body body, String mediaType) {
    if (body == null || !body.isReadable()) {
      return null;
    }
    String text = body.textPrefix(MAX_SCAN);
    int first = firstNonBlank(text);
    if (first < 0) {
      return null;
    }
    char c = text.charAt(first);
    boolean plainOrUnknown = mediaType == null || mediaType.equals("text/plain");
    if (MediaTypes.isJson(mediaType) || (plainOrUnknown && (c == '{' || c == '['))) {
      return fromJson(text);
    }
    if (MediaTypes.isHtml(mediaType) || (mediaType == null && c == '<' && !text.startsWith("<?xml", first))) {
      return fromMarkup(text, new String[] {"title", "h1", "pre"});
    }
    if (mediaType != null && (mediaType.endsWith("/xml") || mediaType.endsWith("+xml"))
        || (mediaType == null && c == '<')) {
      return fromMarkup(text, new String[] {"message", "detail"});
    }
    if (plainOrUnknown) {
      return clean(text, first, text.length());
    }
    return null;
  }

  // ------------------------------------------------------------------------------------- JSON

  /** The message members of a JSON text (or a prefix of one); null when there are none. */
  static String fromJson(String json) {
    Segments out = new Segments();
    JsonMessageScanner.scan(json, MAX_SCAN, out);
    return out.result();
  }

  // ----------------------------------------------------------------------------- HTML and XML

  /**
   * The text of the first element of each tag name, in the order of {@code tags}, without repeats.
   * One pass over the markup: each '<' is checked against the wanted names.
   */
  static String fromMarkup(String text, String[] tags) {
    int[] opens = new int[tags.length];
    Arrays.fill(opens, -1);
    int missing = tags.length;
    int i = text.indexOf('<');
    while (i >= 0 && missing > 0) {
      for (int t = 0; t < tags.length; t++) {
        if (opens[t] < 0 && isTagAt(text, i, tags[t])) {
          opens[t] = i;
          missing--;
        }
      }
      i = text.indexOf('<', i + 1);
    }
    Segments out = new Segments();
    for (int t = 0; t < tags.length; t++) {
      if (opens[t] < 0) {
        continue;
      }
      int contentStart = text.indexOf('>', opens[t]);
      if (contentStart < 0) {
        continue;
      }
      contentStart++;
      int limit = Math.min(text.length(), contentStart + 4 * MAX_SEGMENT);
      int close = indexOfIgnoreCase(text, "</" + tags[t], contentStart, limit);
      String inner = stripTags(text, contentStart, close < 0 ? limit : close);
      if (tags[t].equals("pre")) {
        int nl = inner.indexOf('\n');
        inner = nl < 0 ? inner : inner.substring(0, nl);
      }
      out.add(decodeEntities(inner));
    }
    return out.result();
  }

  /** Whether an opening tag {@code <name>} or {@code <name ...>} starts at {@code i}. */
  private static boolean isTagAt(String text, int i, String name) {
    int after = i + 1 + name.length();
    return after < text.length() && text.regionMatches(true, i + 1, name, 0, name.length())
        && (text.charAt(after) == '>' || Character.isWhitespace(text.charAt(after)));
  }

  private static int indexOfIgnoreCase(String text, String needle, int from, int limit) {
    int last = Math.min(limit, text.length()) - needle.length();
    char first = needle.charAt(0);
    for (int i = Math.max(0, from); i <= last; i++) {
      if (text.charAt(i) == first && text.regionMatches(true, i, needle, 0, needle.length())) {
        return i;
      }
    }
    return -1;
  }

  private static String stripTags(String text, int from, int to) {
    StringBuilder sb = new StringBuilder(Math.max(0, to - from));
    boolean inTag = false;
    for (int i = from; i < to; i++) {
      char c = text.charAt(i);
      if (c == '<') {
        inTag = true;
        // A line break tag keeps lines apart in <pre>.
        if (text.regionMatches(true, i, "<br", 0, 3)) {
          sb.append('\n');
        }
      } else if (c == '>') {
        inTag = false;
      } else if (!inTag) {
        sb.append(c);
      }
    }
    return sb.toString();
  }

  private static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    return s.replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
        .replace("&#x27;", "'").replace("&#47;", "/").replace("&nbsp;", " ").replace("&amp;", "&");
  }

  // ------------------------------------------------------------------------------- plain text

  private static int firstNonBlank(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (!Character.isWhitespace(s.charAt(i)) && s.charAt(i) != '\ufeff') {
        return i;
      }
    }
    return -1;
  }

  private static String clean(String s, int from, int to) {
    int end = Math.min(to, from + MAX_SEGMENT);
    String t = s.substring(from, end).strip();
    return t.isEmpty() ? null : t;
  }

  /** Collects message pieces: trimmed, capped, without repeats, joined by line breaks. */
  static final class Segments {
    private StringBuilder sb;
    private String last;
    private int count;

    void add(String s) {
      if (s == null || full()) {
        return;
      }
      String t = s.strip();
      if (t.length() > MAX_SEGMENT) {
        t = t.substring(0, MAX_SEGMENT);
      }
      if (t.isEmpty() || t.equalsIgnoreCase(last)) {
        return;
      }
      if (sb == null) {
        sb = new StringBuilder(t.length() + 16);
      } else {
        sb.append('\n');
      }
      sb.append(t);
      last = t;
      count++;
    }

    boolean full() {
      return count >= MAX_SEGMENTS;
    }

    String result() {
      return sb == null ? null : sb.toString();
    }
  }
}
