package io.statuslint.openapi.walk;

/**
 * A key of a Responses Object, read as RULES.md's spec facts read it.
 *
 * @param status the code; the class's x00 for a range; 500 for {@code default} (it stands for the
 *     error classes); -1 for keys that are no status code
 * @param kind what the key is
 */
public record StatusKey(String key, int status, Kind kind) {

  /** The kinds of response key. */
  public enum Kind {
    /** One code, as digits: {@code 404}, and also out-of-range ones such as {@code 99} or {@code 600}. */
    CODE,
    /** {@code 1XX} … {@code 5XX}, upper case as OpenAPI requires. */
    RANGE,
    /** {@code default}. */
    DEFAULT,
    /** Anything else: {@code 2xx} in lower case, {@code 20X}, {@code ok}. */
    INVALID
  }

  public static StatusKey parse(String key) {
    if (key.equals("default")) {
      return new StatusKey(key, 500, Kind.DEFAULT);
    }
    if (key.length() == 3 && key.charAt(0) >= '1' && key.charAt(0) <= '5' && key.charAt(1) == 'X'
        && key.charAt(2) == 'X') {
      return new StatusKey(key, (key.charAt(0) - '0') * 100, Kind.RANGE);
    }
    if (!key.isEmpty() && key.length() <= 9 && key.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return new StatusKey(key, Integer.parseInt(key), Kind.CODE);
    }
    return new StatusKey(key, -1, Kind.INVALID);
  }

  public boolean exact() {
    return kind == Kind.CODE;
  }
}
