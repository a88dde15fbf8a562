package io.statuslint.detect;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A regular expression that is only tried around the literal text every match must contain. Finding
 * the literal is a vectorised {@link String#indexOf(String)}; the regex then runs on a small window
 * around each occurrence, so a body that merely mentions "Exception" or "select" costs a few short
 * regex runs instead of one slow pass of the regex engine over kilobytes.
 *
 * <p>Immutable and thread-safe.
 */
final class AnchoredPattern {

  /** More occurrences than this of one anchor are not each tried: a body is not a trace a hundred times. */
  private static final int MAX_TRIES_PER_ANCHOR = 64;

  private final Pattern pattern;
  private final String[] anchors;
  private final int before;
  private final int after;

  /**
   * @param regex the full pattern
   * @param before how far before an anchor a match may start
   * @param after how far after an anchor's start a match may end
   * @param anchors literals of which every match contains at least one
   */
  AnchoredPattern(String regex, int before, int after, String... anchors) {
    if (anchors.length == 0) {
      throw new IllegalArgumentException("an anchored pattern needs at least one anchor");
    }
    this.pattern = Pattern.compile(regex);
    this.anchors = anchors;
    this.before = before;
    this.after = after;
  }

  /** A matcher positioned on the first match found (anchors are tried in order), or null. */
  Matcher find(String text) {
    return find(text, m -> true);
  }

  /** Like {@link #find(String)}, skipping matches that {@code accept} turns down. */
  Matcher find(String text, Predicate<Matcher> accept) {
    Matcher m = null;
    int n = text.length();
    for (String anchor : anchors) {
      int tries = 0;
      for (int at = text.indexOf(anchor); at >= 0 && tries < MAX_TRIES_PER_ANCHOR;
          at = text.indexOf(anchor, at + 1), tries++) {
        if (m == null) {
          m = pattern.matcher(text);
          // Lookarounds, \b and ^ see the real neighbours: a window edge is not a line start.
          m.useTransparentBounds(true).useAnchoringBounds(false);
        }
        int end = Math.min(n, at + anchor.length() + after);
        m.region(Math.max(0, at - before), end);
        while (m.find()) {
          if (accept.test(m)) {
            return m;
          }
          if (m.end() >= end) {
            break;
          }
        }
      }
    }
    return null;
  }
}
