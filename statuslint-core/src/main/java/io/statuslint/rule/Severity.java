package io.statuslint.rule;

import java.util.Locale;

/** How bad a finding is. Ordered from least to most severe so that {@code compareTo} ranks them. */
public enum Severity {
  INFO,
  WARNING,
  ERROR;

  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  public boolean atLeast(Severity other) {
    return compareTo(other) >= 0;
  }

  /** Parses {@code error}, {@code warning}/{@code warn} or {@code info}, ignoring case. */
  public static Severity parse(String text) {
    switch (text.trim().toLowerCase(Locale.ROOT)) {
      case "error":
        return ERROR;
      case "warning":
      case "warn":
        return WARNING;
      case "info":
        return INFO;
      default:
        throw new IllegalArgumentException(
            "unknown severity '" + text + "' (expected error, warning or info)");
    }
  }
}
