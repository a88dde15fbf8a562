package io.statuslint.rule;

/**
 * Where a rule reports what it found. The engine adds the rule id, severity, reference and
 * location, so a rule only says what is wrong and what to do instead.
 */
public interface FindingSink {

  /**
   * Reports one defect.
   *
   * @param message what is wrong, in one sentence
   * @param suggestion what to do instead, or {@code null}
   * @param evidence a short quote from the input (the engine redacts and shortens it), or {@code null}
   */
  void report(String message, Suggestion suggestion, String evidence);

  default void report(String message, Suggestion suggestion) {
    report(message, suggestion, null);
  }

  default void report(String message) {
    report(message, null, null);
  }
}
