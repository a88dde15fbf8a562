package io.statuslint.finding;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Makes a quote from recorded content safe to show: one line, about 120 characters, with
 * credentials, tokens, API keys, cookies and e-mail addresses replaced. Every report shows evidence
 * only after it passed through here.
 */
public final class Evidence {

  public static final int MAX_CHARS = 120;

  private static final Pattern BEARER =
      Pattern.compile("(?i)\\b(bearer|basic|digest|token)\\s+[A-Za-z0-9._~+/=-]{6,}");
  private static final Pattern JWT =
      Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*");
  private static final Pattern KEY_VALUE = Pattern.compile(
      "(?i)((?:api[_-]?key|apikey|access[_-]?token|refresh[_-]?token|id[_-]?token|secret|password|passwd|pwd"
          + "|session(?:id)?|auth[_-]?token|client[_-]?secret|x-api-key|authorization|cookie|set-cookie|token)"
          + "\"?\\s*[:=]\\s*\"?)([^\"&;,\\s]{3,})");
  private static final Pattern EMAIL =
      Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}");
  private static final Pattern LONG_SECRET =
      Pattern.compile("\\b(?:sk|pk|rk|ghp|gho|ghs|xox[abpr]|AKIA)[A-Za-z0-9_-]{12,}\\b");

  private Evidence() {}

  /** A redacted, single-line quote of at most {@link #MAX_CHARS} characters; null stays null. */
  public static String redact(String text) {
    if (text == null) {
      return null;
    }
    String oneLine = text.replace("\\r\\n", " ").replace("\\n", " ").replace("\\t", " ");
    oneLine = oneLine.replaceAll("\\s+", " ").trim();
    if (oneLine.length() > 4 * MAX_CHARS) {
      oneLine = oneLine.substring(0, 4 * MAX_CHARS);
    }
    String r = JWT.matcher(oneLine).replaceAll("[redacted]");
    r = BEARER.matcher(r).replaceAll("$1 [redacted]");
    r = LONG_SECRET.matcher(r).replaceAll("[redacted]");
    Matcher kv = KEY_VALUE.matcher(r);
    r = kv.replaceAll("$1[redacted]");
    r = EMAIL.matcher(r).replaceAll("[email]");
    if (r.length() > MAX_CHARS) {
      r = r.substring(0, MAX_CHARS - 1) + "…";
    }
    return r;
  }
}
