package io.statuslint.engine;

import io.statuslint.detect.ErrorFields;
import io.statuslint.detect.IntentClassifier;
import io.statuslint.detect.LeakPatterns;
import io.statuslint.detect.PhraseBook;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * What {@code patterns:} in {@code .statuslint.yaml} adds to the built-in rules, checked and compiled
 * once per engine:
 *
 * <ul>
 *   <li>{@code phrases.<intent>}: phrases for the message classifier of the code-choice rules;
 *   <li>{@code leak.stack-trace}, {@code leak.sql}, {@code leak.file-path}: regular expressions that the
 *       rule of the same name reports as a leak when its own detector found nothing;
 *   <li>{@code error-fields}: top-level member names that report a failure like {@code error} does
 *       (success-with-error-body).
 * </ul>
 *
 * A configuration without patterns gets the shared defaults, so the rules run exactly as without one.
 */
final class ConfiguredPatterns {

  static final String PHRASES = "phrases.";
  static final String ERROR_FIELDS = "error-fields";
  static final String LEAK_STACK_TRACE = "leak.stack-trace";
  static final String LEAK_SQL = "leak.sql";
  static final String LEAK_FILE_PATH = "leak.file-path";
  private static final List<String> LEAK_KINDS = List.of(LEAK_STACK_TRACE, LEAK_SQL, LEAK_FILE_PATH);
  private static final String KNOWN = String.join(", ", LEAK_KINDS) + ", " + ERROR_FIELDS + " or phrases.<intent>";

  private final IntentClassifier classifier;
  private final Map<String, LeakPatterns> leaks;
  private final ErrorFields errorFields;

  private ConfiguredPatterns(IntentClassifier classifier, Map<String, LeakPatterns> leaks, ErrorFields errorFields) {
    this.classifier = classifier;
    this.leaks = leaks;
    this.errorFields = errorFields;
  }

  /** No extra patterns: the built-in phrase book, detectors and envelope vocabulary. */
  static ConfiguredPatterns none() {
    return new ConfiguredPatterns(IntentClassifier.defaults(), Map.of(), ErrorFields.NONE);
  }

  /**
   * The patterns of {@code config}. Kinds this version does not know are left to whoever reads them
   * (an embedder's own rules may); {@link ConfigLoader} refuses them in a file.
   *
   * @throws ConfigException naming the configuration file and the key of the first unusable pattern
   */
  static ConfiguredPatterns of(Config config) {
    Map<String, List<String>> patterns = config.patterns();
    if (patterns.isEmpty()) {
      return none();
    }
    PhraseBook.Builder phrases = null;
    Map<String, LeakPatterns> leaks = new HashMap<>();
    ErrorFields errorFields = ErrorFields.NONE;
    for (Map.Entry<String, List<String>> e : patterns.entrySet()) {
      String kind = e.getKey();
      try {
        if (kind.startsWith(PHRASES)) {
          phrases = phrases == null ? PhraseBook.builder().addDefaults() : phrases;
          phrases.addConfigured(Map.of(kind, e.getValue()));
        } else if (LEAK_KINDS.contains(kind)) {
          leaks.put(kind, LeakPatterns.compile(e.getValue()));
        } else if (kind.equals(ERROR_FIELDS)) {
          errorFields = ErrorFields.of(e.getValue());
        }
      } catch (IllegalArgumentException bad) {
        throw error(config.source(), kind, bad.getMessage());
      }
    }
    IntentClassifier classifier = phrases == null ? IntentClassifier.defaults() : new IntentClassifier(phrases.build());
    return new ConfiguredPatterns(classifier, Map.copyOf(leaks), errorFields);
  }

  /**
   * Checks one kind as a configuration file gives it, so that a bad pattern stops the run at load time
   * with the file and the key. Phrases are checked when the rules are built (their intents need the
   * phrase book).
   *
   * @throws ConfigException for an unknown kind or an unusable pattern
   */
  static void check(String source, String kind, List<String> values) {
    try {
      if (LEAK_KINDS.contains(kind)) {
        LeakPatterns.compile(values);
      } else if (kind.equals(ERROR_FIELDS)) {
        ErrorFields.of(values);
      } else if (!kind.startsWith(PHRASES)) {
        throw new IllegalArgumentException("unknown kind of pattern (expected " + KNOWN + ")");
      }
    } catch (IllegalArgumentException bad) {
      throw error(source, kind, bad.getMessage());
    }
  }

  private static ConfigException error(String source, String kind, String message) {
    return new ConfigException((source == null ? "" : source + ": ") + "patterns." + kind + ": " + message);
  }

  IntentClassifier classifier() {
    return classifier;
  }

  /** The patterns of one {@code leak.*} kind; {@link LeakPatterns#NONE} when there are none. */
  LeakPatterns leak(String kind) {
    return leaks.getOrDefault(kind, LeakPatterns.NONE);
  }

  ErrorFields errorFields() {
    return errorFields;
  }
}
