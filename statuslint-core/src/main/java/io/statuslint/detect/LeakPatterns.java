package io.statuslint.detect;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * A team's own leak patterns ({@code patterns: leak.sql: [...]} in {@code .statuslint.yaml}): regular
 * expressions for internal detail the built-in detectors cannot know, such as an in-house database's
 * error codes or a private storage layout. They are tried on the body as a reader sees it
 * ({@link ScanText#plain()}: JSON escapes and HTML entities undone), after the built-in detector found
 * nothing, so a configured pattern adds findings and never changes a built-in one.
 *
 * <p>{@link #NONE} matches nothing and costs nothing: rules check {@link #isEmpty()} before touching
 * the body. Immutable and thread-safe.
 */
public final class LeakPatterns {

  public static final LeakPatterns NONE = new LeakPatterns(List.of());

  /** A match is quoted as evidence; a pattern like {@code .*} must not quote the whole body. */
  private static final int MAX_SNIPPET = 200;

  private final List<Pattern> patterns;

  private LeakPatterns(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
  }

  /**
   * Compiles {@code regexes} (Java syntax, searched anywhere in the body, case-sensitive unless the
   * pattern says {@code (?i)}).
   *
   * @throws IllegalArgumentException naming the first invalid or empty-matching pattern, on one line
   */
  public static LeakPatterns compile(List<String> regexes) {
    if (regexes.isEmpty()) {
      return NONE;
    }
    List<Pattern> compiled = new ArrayList<>(regexes.size());
    for (String regex : regexes) {
      compiled.add(compileOne(regex));
    }
    return new LeakPatterns(compiled);
  }

  private static Pattern compileOne(String regex) {
    if (regex == null || regex.isBlank()) {
      throw new IllegalArgumentException("an empty pattern would match every body");
    }
    Pattern p;
    try {
      p = Pattern.compile(regex);
    } catch (PatternSyntaxException e) {
      // The exception's own message spans three lines (with a caret drawing): keep the facts.
      throw new IllegalArgumentException("invalid regular expression '" + regex + "': " + e.getDescription()
          + (e.getIndex() >= 0 ? " near index " + e.getIndex() : ""));
    }
    if (p.matcher("").matches()) {
      throw new IllegalArgumentException("pattern '" + regex + "' matches the empty text, so it would match "
          + "every body");
    }
    return p;
  }

  public boolean isEmpty() {
    return patterns.isEmpty();
  }

  /** The first configured pattern found in {@code body}, reported as a leak of {@code kind}. */
  public Optional<Leak> find(ScanText body, String kind) {
    if (patterns.isEmpty()) {
      return Optional.empty();
    }
    String text = body.plain();
    for (Pattern p : patterns) {
      Matcher m = p.matcher(text);
      // A lookaround or \b alone matches no text: such a match shows nothing, look further.
      while (m.find()) {
        String match = m.group().strip();
        if (!match.isEmpty()) {
          return Optional.of(new Leak(kind, match.length() > MAX_SNIPPET ? match.substring(0, MAX_SNIPPET) : match));
        }
      }
    }
    return Optional.empty();
  }
}
