package io.statuslint.rule;

/**
 * What to do instead: a better status code where there is one, and a sentence.
 *
 * @param code the suggested status code, or {@code null} when the fix is not a different code
 * @param text a short imperative sentence
 */
public record Suggestion(Integer code, String text) {

  public static Suggestion code(int code, String text) {
    return new Suggestion(code, text);
  }

  public static Suggestion text(String text) {
    return new Suggestion(null, text);
  }
}
