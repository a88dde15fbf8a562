package io.statuslint.detect;

import io.statuslint.http.StatusCode;
import io.statuslint.http.StatusRegistry;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises an HTML error page by its title: what nginx, Apache, Tomcat, Jetty, IIS, Django,
 * Rails, Express, Flask and CDNs send ("502 Bad Gateway", "HTTP Status 404 – Not Found",
 * "Server Error (500)", "Page not found – My Blog"). A page without a title is judged by its first
 * {@code <h1>} (Spring's Whitelabel page, the JDK's HttpServer).
 *
 * <p>The title must BE an error title, optionally with a site name on one side: a blog post
 * "How to fix a 404 Not Found error" or MDN's "404 Not Found - HTTP | MDN" is no error page.
 */
public final class HtmlErrorPages {

  /** How far into a page the title is looked for: it lives in the head. */
  private static final int HEAD_CHARS = 16 * 1024;

  /** Reason phrases and the codes they mean, from the registry plus common server variants. */
  private static final Map<String, Integer> REASONS = new HashMap<>();
  /** Phrases that make an error title even without a code. */
  private static final Map<String, Integer> TITLES_WITHOUT_CODE = new HashMap<>();

  static {
    for (StatusCode sc : StatusRegistry.all()) {
      if (sc.code() >= 400 && sc.code() <= 599 && !sc.reason().startsWith("(")) {
        REASONS.put(sc.reason().toLowerCase(Locale.ROOT), sc.code());
      }
    }
    Object[][] variants = {
        {"page not found", 404}, {"file not found", 404}, {"file or directory not found", 404},
        {"resource not found", 404}, {"request entity too large", 413}, {"payload too large", 413},
        {"unprocessable entity", 422}, {"request-uri too long", 414}, {"request timeout", 408},
        {"requested range not satisfiable", 416}, {"gateway time-out", 504}, {"gateway timed out", 504},
        {"service temporarily unavailable", 503}, {"server error", 500}, {"internal error", 500},
        {"access denied", 403}, {"connection timed out", 522}, {"web server is down", 521},
        {"origin is unreachable", 523}};
    for (Object[] v : variants) {
      REASONS.put((String) v[0], (Integer) v[1]);
    }
    // Without a code only unambiguous phrases count: "Gone" or "Conflict" alone titles other pages.
    Object[][] alone = {
        {"not found", 404}, {"page not found", 404}, {"file not found", 404}, {"forbidden", 403},
        {"access denied", 403}, {"unauthorized", 401}, {"bad request", 400}, {"method not allowed", 405},
        {"too many requests", 429}, {"internal server error", 500}, {"server error", 500},
        {"bad gateway", 502}, {"service unavailable", 503}, {"service temporarily unavailable", 503},
        {"gateway timeout", 504}, {"gateway time-out", 504}, {"error", null}, {"an error occurred", null},
        {"an error has occurred", null}, {"something went wrong", null}, {"application error", null},
        {"whitelabel error page", null}, {"runtime error", 500}, {"site error", null}};
    for (Object[] a : alone) {
      TITLES_WITHOUT_CODE.put((String) a[0], (Integer) a[1]);
    }
  }

  private static final String CODE = "([45]\\d\\d)";
  /** "Error 404 Not Found", "HTTP Status 500 - Internal Server Error", "Error 500 boom" (Jetty). */
  private static final Pattern PREFIXED_CODE =
      Pattern.compile("(?:http )?(error|status|http error)\\s*:?\\s*" + CODE + "(.*)");
  /** "404", "404 Not Found", "502: Bad gateway", "404 - File or directory not found.". */
  private static final Pattern CODE_AND_REASON = Pattern.compile(CODE + "(?: error)?(.*)");
  /** "Server Error (500)", "The page you were looking for doesn't exist (404)". */
  private static final Pattern CODE_IN_PARENS = Pattern.compile("(.{1,70}) \\(" + CODE + "\\)[.!]*");
  /** A site name joined to the title: "Page not found – Acme", "example.com | 502: Bad gateway". */
  private static final Pattern SEPARATOR = Pattern.compile(" (?:\\||-|::|·|•|») ");

  /** An error page: its title (or heading) and the code it names or implies, if any. */
  public record ErrorPage(String title, Integer code) {}

  private HtmlErrorPages() {}

  /** The error page {@code html} is, or {@code null} when it is not one. */
  public static ErrorPage recognise(String html) {
    if (html == null) {
      return null;
    }
    int limit = Math.min(html.length(), HEAD_CHARS);
    String title = elementText(html, "title", limit);
    if (title == null || title.isBlank()) {
      title = elementText(html, "h1", limit);
    }
    if (title == null || title.isBlank() || title.length() > 200) {
      return null;
    }
    String normalised = normalise(title);
    Integer[] code = new Integer[1];
    if (isErrorTitle(normalised, code)) {
      return new ErrorPage(title.trim(), code[0]);
    }
    return null;
  }

  private static boolean isErrorTitle(String t, Integer[] code) {
    if (matchesCore(t, code, true)) {
      return true;
    }
    Matcher sep = SEPARATOR.matcher(t);
    int firstStart = -1;
    int firstEnd = -1;
    int lastStart = -1;
    int separators = 0;
    while (sep.find()) {
      if (firstStart < 0) {
        firstStart = sep.start();
        firstEnd = sep.end();
      }
      lastStart = sep.start();
      separators++;
    }
    if (separators == 0) {
      return false;
    }
    // The error part comes before the last separator ("404 - Page Not Found - Site") or after the
    // first ("Site | 502: Bad gateway"); a bare code only when one site name is all that is added.
    boolean bareCodeOk = separators == 1;
    return matchesCore(t.substring(0, lastStart), code, bareCodeOk)
        || matchesCore(t.substring(firstEnd), code, bareCodeOk);
  }

  private static boolean matchesCore(String t, Integer[] code, boolean bareCodeOk) {
    if (TITLES_WITHOUT_CODE.containsKey(t)) {
      code[0] = TITLES_WITHOUT_CODE.get(t);
      return true;
    }
    Matcher m = PREFIXED_CODE.matcher(t);
    if (m.matches()) {
      // After "Error 500" Jetty puts the exception message; after "Status 404" only a reason fits.
      if (m.group(1).contains("error") || isReasonOrNothing(m.group(3))) {
        code[0] = Integer.valueOf(m.group(2));
        return true;
      }
      return false;
    }
    m = CODE_AND_REASON.matcher(t);
    if (m.matches()) {
      String rest = m.group(2);
      if (bareCodeOk ? isReasonOrNothing(rest) : !reason(rest).isEmpty() && isReasonOrNothing(rest)) {
        code[0] = Integer.valueOf(m.group(1));
        return true;
      }
      return false;
    }
    m = CODE_IN_PARENS.matcher(t);
    if (m.matches()) {
      code[0] = Integer.valueOf(m.group(2));
      return true;
    }
    return false;
  }

  /** Whether what follows a code is a reason phrase ("- Not Found", ": Bad gateway", "(Not Found)!!1"). */
  private static boolean isReasonOrNothing(String rest) {
    String r = reason(rest);
    return r.isEmpty() || REASONS.containsKey(r);
  }

  private static String reason(String rest) {
    String r = rest.replaceAll("^[\\s\\-:.]+", "").replaceAll("[.!1]+$", "").trim();
    if (r.startsWith("(") && r.endsWith(")")) {
      r = r.substring(1, r.length() - 1).trim();
    }
    return r;
  }

  /** Lower case, entities decoded, dashes unified, whitespace collapsed. */
  private static String normalise(String title) {
    String t = decodeEntities(title).toLowerCase(Locale.ROOT)
        .replace('\u2013', '-').replace('\u2014', '-').replace('\u2019', '\'').replace('\u00a0', ' ');
    return t.replaceAll("\\s+", " ").trim();
  }

  /** The text of the first {@code <name>} element within {@code limit}, tags stripped, or null. */
  static String elementText(String html, String name, int limit) {
    int open = indexOfTag(html, name, 0, limit);
    if (open < 0) {
      return null;
    }
    int contentStart = html.indexOf('>', open);
    if (contentStart < 0 || contentStart >= limit) {
      return null;
    }
    int close = indexOfTag(html, "/" + name, contentStart, limit);
    if (close < 0) {
      return null;
    }
    String inner = html.substring(contentStart + 1, close);
    return decodeEntities(inner.replaceAll("<[^>]*>", " "));
  }

  /** Finds {@code <name} followed by {@code >}, whitespace or {@code /}, ignoring case. */
  private static int indexOfTag(String html, String name, int from, int limit) {
    for (int i = html.indexOf('<', from); i >= 0 && i < limit; i = html.indexOf('<', i + 1)) {
      int after = i + 1 + name.length();
      if (after < html.length() && html.regionMatches(true, i + 1, name, 0, name.length())) {
        char c = html.charAt(after);
        if (c == '>' || c == ' ' || c == '/' || c == '\t' || c == '\n' || c == '\r') {
          return i;
        }
      }
    }
    return -1;
  }

  private static final Pattern ENTITY = Pattern.compile("&(#x[0-9a-fA-F]{1,6}|#\\d{1,7}|[a-zA-Z]{2,8});");
  private static final Map<String, String> NAMED = Map.of(
      "amp", "&", "lt", "<", "gt", ">", "quot", "\"", "apos", "'", "nbsp", " ",
      "ndash", "\u2013", "mdash", "\u2014", "rsquo", "\u2019", "lsquo", "\u2018");

  private static String decodeEntities(String s) {
    if (s.indexOf('&') < 0) {
      return s;
    }
    Matcher m = ENTITY.matcher(s);
    StringBuilder sb = new StringBuilder(s.length());
    while (m.find()) {
      String e = m.group(1);
      String r;
      if (e.startsWith("#x") || e.startsWith("#X")) {
        r = codePoint(Integer.parseInt(e.substring(2), 16));
      } else if (e.startsWith("#")) {
        r = codePoint(Integer.parseInt(e.substring(1)));
      } else {
        r = NAMED.getOrDefault(e.toLowerCase(Locale.ROOT), m.group());
      }
      m.appendReplacement(sb, Matcher.quoteReplacement(r));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static String codePoint(int cp) {
    return Character.isValidCodePoint(cp) ? new String(Character.toChars(cp)) : "";
  }
}
