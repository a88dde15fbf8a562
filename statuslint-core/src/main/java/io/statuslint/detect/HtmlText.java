package io.statuslint.detect;

import java.util.Locale;
import java.util.Set;

/**
 * Turns an HTML error page (or a fragment of one) into the text a browser would show, as far as the
 * detectors care: entities decoded, {@code <br>} and block tags as line breaks, inline tags such as
 * {@code <b>} removed. Only tag names of HTML are touched, so {@code <init>}, {@code <module>} or
 * {@code <anonymous>} in a stack frame stay as they are.
 */
final class HtmlText {

  private static final Set<String> BREAKS = Set.of("br", "p", "div", "pre", "tr", "li", "ul", "ol", "hr",
      "h1", "h2", "h3", "h4", "h5", "h6", "table", "tbody", "thead", "textarea", "section", "article",
      "header", "footer", "main", "blockquote", "html", "head", "body", "title", "dt", "dd", "dl", "center");
  private static final Set<String> INLINE = Set.of("b", "i", "u", "em", "strong", "span", "code", "font",
      "small", "big", "tt", "a", "kbd", "samp", "var", "abbr", "label", "sup", "sub", "mark", "s");

  private HtmlText() {}

  static String decode(String s) {
    StringBuilder out = new StringBuilder(s.length());
    int n = s.length();
    int i = 0;
    while (i < n) {
      char c = s.charAt(i);
      if (c == '<') {
        int end = tagEnd(s, i);
        if (end > 0) {
          String name = tagName(s, i);
          if (BREAKS.contains(name)) {
            out.append('\n');
            i = end;
            continue;
          }
          if (INLINE.contains(name)) {
            i = end;
            continue;
          }
          if (name.equals("td") || name.equals("th")) {
            out.append(' ');
            i = end;
            continue;
          }
        }
      } else if (c == '&') {
        int semi = s.indexOf(';', i + 1);
        if (semi > i + 1 && semi - i <= 10) {
          int cp = entity(s.substring(i + 1, semi));
          if (cp >= 0) {
            out.appendCodePoint(cp);
            i = semi + 1;
            continue;
          }
        }
      }
      out.append(c);
      i++;
    }
    return out.toString();
  }

  /** Index after the {@code >} closing a tag that starts at {@code lt}, or -1. */
  private static int tagEnd(String s, int lt) {
    int j = lt + 1;
    if (j < s.length() && s.charAt(j) == '/') {
      j++;
    }
    if (j >= s.length() || !isAsciiLetter(s.charAt(j))) {
      return -1;
    }
    int gt = s.indexOf('>', j);
    if (gt < 0 || gt - lt > 512) {
      return -1;
    }
    return gt + 1;
  }

  private static String tagName(String s, int lt) {
    int j = lt + 1;
    if (s.charAt(j) == '/') {
      j++;
    }
    int k = j;
    while (k < s.length() && (isAsciiLetter(s.charAt(k)) || Character.isDigit(s.charAt(k)))) {
      k++;
    }
    if (k < s.length() && !(s.charAt(k) == '>' || s.charAt(k) == '/' || Character.isWhitespace(s.charAt(k)))) {
      return "";
    }
    return s.substring(j, k).toLowerCase(Locale.ROOT);
  }

  private static int entity(String name) {
    switch (name) {
      case "lt":
        return '<';
      case "gt":
        return '>';
      case "amp":
        return '&';
      case "quot":
        return '"';
      case "apos":
        return '\'';
      case "nbsp":
        return ' ';
      default:
        break;
    }
    if (name.length() >= 2 && name.charAt(0) == '#') {
      try {
        int cp = name.charAt(1) == 'x' || name.charAt(1) == 'X'
            ? Integer.parseInt(name.substring(2), 16) : Integer.parseInt(name.substring(1));
        return cp == 0xA0 ? ' ' : (Character.isValidCodePoint(cp) ? cp : -1);
      } catch (NumberFormatException e) {
        return -1;
      }
    }
    return -1;
  }

  private static boolean isAsciiLetter(char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  }
}
