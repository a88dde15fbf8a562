package io.statuslint.detect;

import java.util.Objects;

/**
 * Something a detector found in a body: what kind of leak it is, in words a message can use
 * ("Java stack trace", "PostgreSQL error", "Unix file path"), and the text that shows it.
 *
 * @param kind what leaks, as a noun phrase without article
 * @param snippet the matched text as found (one or a few lines); callers redact and shorten it before
 *     showing it, as the engine does with evidence
 */
public record Leak(String kind, String snippet) {

  public Leak {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(snippet, "snippet");
  }

  /** The snippet on one line, squeezed to at most {@code max} characters (with an ellipsis). */
  public String shortSnippet(int max) {
    String oneLine = snippet.replaceAll("\\s+", " ").trim();
    if (oneLine.length() <= max) {
      return oneLine;
    }
    return oneLine.substring(0, Math.max(0, max - 1)).trim() + "…";
  }
}
