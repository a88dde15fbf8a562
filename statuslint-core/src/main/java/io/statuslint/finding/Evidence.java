package io.statuslint.finding;

import io.statuslint.model.Secrets;
import java.util.regex.Pattern;

/**
 * Makes a quote from recorded content safe to show: one line, about 120 characters, with
 * credentials, tokens, API keys and cookies replaced (what {@link Secrets} calls secret) and e-mail
 * addresses hidden. Every report shows evidence only after it passed through here.
 */
public final class Evidence {

  public static final int MAX_CHARS = 120;

  /** Not a credential, but personal data a report has no need to repeat. */
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");

  private Evidence() {}

  /** A redacted, single-line quote of at most {@link #MAX_CHARS} characters; null stays null. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String oneLine = text.replace("\\r\\n", " ").replace("\\n", " ").replace("\\t", " ");
    oneLine = collapseWhitespace(oneLine);
    if (oneLine.length() > 4 * MAX_CHARS) {
      oneLine = oneLine.substring(0, 4 * MAX_CHARS);
    }
    String r = Secrets.redactText(oneLine);
    if (r.indexOf('@') >= 0) {
      r = EMAIL.matcher(r).replaceAll("[email]");
    }
    if (r.length() > MAX_CHARS) {
      r = r.substring(0, MAX_CHARS - 1) + "…";
    }
    return r;
  }

  /** Runs of whitespace become one space, then the ends are trimmed (as {@code \\s+} and trim). */
  private static String collapseWhitespace(String text) {
    StringBuilder b = null;
    boolean space = false;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (isSpace(c)) {
        if (b == null) {
          b = new StringBuilder(text.length()).append(text, 0, i);
        }
        if (!space) {
          b.append(' ');
        }
        space = true;
      } else {
        if (b != null) {
          b.append(c);
        }
        space = false;
      }
    }
    return (b != null ? b.toString() : text).trim();
  }

  /** What {@code \\s} matches: space, tab, newline, vertical tab, form feed, carriage return. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\u000B' || c == '\f' || c == '\r';
  }
}
