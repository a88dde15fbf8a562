package io.statuslint.report;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Escaping for the HTML report. Recorded URLs, headers and bodies are hostile: everything from an
 * input goes through {@link #escape}, which is safe in element text and in quoted attribute values
 * alike, and drops control characters so nothing can break out of a line or a string.
 */
final class Html {

  private static final Pattern CODE = Pattern.compile("`([^`]+)`");
  private static final Pattern STRONG = Pattern.compile("\\*\\*([^*]+)\\*\\*");
  private static final Pattern EM = Pattern.compile("(?<![*\\w])\\*([^*\\s][^*]*)\\*(?![*\\w])");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]+)\\]\\((https?://[^)\\s\"]+|#[a-z0-9-]+)\\)");

  private Html() {}

  static String escape(String s) {
    if (s == null) {
      return "";
    }
    StringBuilder sb = new StringBuilder(s.length() + 16);
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      switch (c) {
        case '&' -> sb.append("&amp;");
        case '<' -> sb.append("&lt;");
        case '>' -> sb.append("&gt;");
        case '"' -> sb.append("&quot;");
        case '\'' -> sb.append("&#39;");
        case '\n', '\t' -> sb.append(' ');
        case '\u2028', '\u2029' -> sb.append("&#").append((int) c).append(';');
        default -> {
          if (c < 0x20 || c == 0x7f || (c >= 0x80 && c < 0xa0)) {
            sb.append('\ufffd');
          } else {
            sb.append(c);
          }
        }
      }
    }
    return sb.toString();
  }

  /**
   * A small Markdown renderer for the rule documents that ship with statuslint (headings, paragraphs,
   * lists, bold, emphasis, code, http(s) links). Text is escaped before any markup is added, so
   * even a third-party rule's document cannot inject tags or script links.
   */
  static String markdown(String md) {
    StringBuilder out = new StringBuilder();
    StringBuilder para = new StringBuilder();
    boolean inList = false;
    for (String raw : md.split("\\R")) {
      String line = raw.strip();
      boolean item = line.startsWith("- ") || line.startsWith("* ");
      if (line.isEmpty() || line.startsWith("#") || item) {
        flush(out, para);
      }
      if (!item && inList && (line.isEmpty() || line.startsWith("#"))) {
        out.append("</ul>");
        inList = false;
      }
      if (line.isEmpty()) {
        continue;
      }
      if (line.startsWith("#")) {
        int level = Math.min(6, Math.max(3, line.indexOf(' ') + 2));
        out.append("<h").append(level).append('>').append(inline(line.replaceFirst("^#+\\s*", "")))
            .append("</h").append(level).append('>');
      } else if (item) {
        if (!inList) {
          out.append("<ul>");
          inList = true;
        }
        out.append("<li>").append(inline(line.substring(2))).append("</li>");
      } else if (inList) {
        out.append("<p class=\"cont\">").append(inline(line)).append("</p>");
      } else {
        para.append(para.length() > 0 ? " " : "").append(line);
      }
    }
    flush(out, para);
    if (inList) {
      out.append("</ul>");
    }
    return out.toString();
  }

  private static void flush(StringBuilder out, StringBuilder para) {
    if (para.length() > 0) {
      out.append("<p>").append(inline(para.toString())).append("</p>");
      para.setLength(0);
    }
  }

  private static String inline(String text) {
    String s = escape(text);
    s = CODE.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<code>" + m.group(1) + "</code>"));
    s = STRONG.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<strong>" + m.group(1) + "</strong>"));
    s = EM.matcher(s).replaceAll(m -> Matcher.quoteReplacement("<em>" + m.group(1) + "</em>"));
    s = LINK.matcher(s).replaceAll(m -> Matcher.quoteReplacement(
        "<a href=\"" + m.group(2) + "\" rel=\"noopener noreferrer\">" + m.group(1) + "</a>"));
    return s;
  }
}
