package io.statuslint.model;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Turns a method and URL into an endpoint template such as {@code GET /orders/{id}}: from the spec's
 * path templates when one is known, otherwise by collapsing segments that look like ids (numbers,
 * UUIDs, hashes, long opaque tokens). The proxy's dedupe, the HTML report and the Flink aggregates
 * all group by it, so they agree on what "the same endpoint" is.
 */
public final class EndpointTemplates {

  private final Function<String, String> specMatcher;

  private EndpointTemplates(Function<String, String> specMatcher) {
    this.specMatcher = specMatcher;
  }

  /** Templates by collapsing id-like segments only. */
  public static EndpointTemplates heuristic() {
    return new EndpointTemplates(path -> null);
  }

  /**
   * Templates from a spec's path templates (e.g. {@code /orders/{orderId}}), falling back to the
   * heuristic for paths the spec does not know.
   */
  public static EndpointTemplates fromPathTemplates(List<String> pathTemplates) {
    List<Pattern> patterns = pathTemplates.stream().map(EndpointTemplates::templateRegex).toList();
    List<String> templates = List.copyOf(pathTemplates);
    return new EndpointTemplates(path -> {
      for (int i = 0; i < patterns.size(); i++) {
        if (patterns.get(i).matcher(path).matches()) {
          return templates.get(i);
        }
      }
      return null;
    });
  }

  /** {@code "GET /orders/{id}"}. */
  public String template(String method, String url) {
    return Objects.requireNonNullElse(method, "GET").toUpperCase(Locale.ROOT) + " " + pathTemplate(url);
  }

  /** The path template of a URL, e.g. {@code /orders/{id}/items}. */
  public String pathTemplate(String url) {
    String path = Urls.path(url);
    String fromSpec = specMatcher.apply(path);
    if (fromSpec != null) {
      return fromSpec;
    }
    StringBuilder sb = new StringBuilder(path.length());
    int start = 0;
    while (start < path.length()) {
      int slash = path.indexOf('/', start);
      if (slash < 0) {
        slash = path.length();
      }
      if (slash > start) {
        sb.append(collapse(path.substring(start, slash)));
      }
      if (slash < path.length()) {
        sb.append('/');
      }
      start = slash + 1;
    }
    return sb.length() == 0 ? "/" : sb.toString();
  }

  private static String collapse(String segment) {
    return looksLikeId(segment) ? "{id}" : segment;
  }

  /**
   * A number ({@code -?\\d+}), a UUID, 16+ hex digits, or an opaque token of 20+ letters, digits,
   * {@code _} and {@code -} mixing letters and digits. One pass over the characters: every recorded
   * exchange is templated, so this runs far more often than any rule.
   */
  static boolean looksLikeId(String s) {
    int n = s.length();
    if (n == 0) {
      return false;
    }
    boolean allDigits = true;
    boolean allHex = true;
    boolean allToken = true;
    boolean anyDigit = false;
    boolean anyLetter = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      boolean digit = c >= '0' && c <= '9';
      boolean letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
      if (!digit && !(i == 0 && c == '-' && n > 1)) {
        allDigits = false;
      }
      if (!isHex(c)) {
        allHex = false;
      }
      if (!digit && !letter && c != '_' && c != '-') {
        allToken = false;
      }
      anyDigit |= digit;
      anyLetter |= letter;
    }
    return allDigits || (allHex && n >= 16) || (allToken && anyDigit && anyLetter && n >= 20) || isUuid(s);
  }

  private static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
  }

  private static boolean isUuid(String s) {
    if (s.length() != 36) {
      return false;
    }
    for (int i = 0; i < 36; i++) {
      char c = s.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : !isHex(c)) {
        return false;
      }
    }
    return true;
  }

  private static Pattern templateRegex(String template) {
    StringBuilder re = new StringBuilder();
    int i = 0;
    while (i < template.length()) {
      char c = template.charAt(i);
      if (c == '{') {
        int end = template.indexOf('}', i);
        if (end > 0) {
          re.append("[^/]+");
          i = end + 1;
          continue;
        }
      }
      re.append(Pattern.quote(String.valueOf(c)));
      i++;
    }
    return Pattern.compile(re.toString());
  }
}
