package io.statuslint.openapi.parse;

import java.util.Locale;

/** The syntax of a spec file. */
public enum SpecFormat {
  JSON,
  YAML;

  /**
   * JSON for {@code .json} files and for content that starts with <code>{</code> or {@code [};
   * YAML otherwise (a superset of JSON, but slower to parse and less exact about columns).
   */
  public static SpecFormat detect(String name, byte[] content) {
    String lower = name == null ? "" : name.toLowerCase(Locale.ROOT);
    int q = lower.indexOf('?');
    if (q >= 0) {
      lower = lower.substring(0, q);
    }
    if (lower.endsWith(".json")) {
      return JSON;
    }
    if (lower.endsWith(".yaml") || lower.endsWith(".yml")) {
      return YAML;
    }
    for (int i = startOfText(content); i < content.length; i++) {
      byte b = content[i];
      if (b == ' ' || b == '\t' || b == '\r' || b == '\n') {
        continue;
      }
      return b == '{' || b == '[' ? JSON : YAML;
    }
    return YAML;
  }

  /** Skips a UTF-8 byte order mark. */
  static int startOfText(byte[] content) {
    return content.length >= 3 && (content[0] & 0xff) == 0xef && (content[1] & 0xff) == 0xbb
        && (content[2] & 0xff) == 0xbf ? 3 : 0;
  }
}
