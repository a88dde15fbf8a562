package io.statuslint.servlet;

/** What {@link StatusGuideFilter} does with each exchange. */
public enum FilterMode {
  /** Check every exchange; log and count the findings. Never changes a response. */
  CHECK,
  /**
   * Check, and also protect clients: an error body that leaks internals is replaced by a safe
   * Problem Details body, and a 429/503 without Retry-After gets the configured default.
   */
  GUARD
}
