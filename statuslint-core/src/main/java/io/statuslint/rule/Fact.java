package io.statuslint.rule;

/**
 * A three-valued fact about a response. Rules fire only on what is known: a header a HAR did not
 * capture is {@link #UNKNOWN}, not {@link #ABSENT}, so no rule may complain that it is missing.
 */
public enum Fact {
  PRESENT,
  ABSENT,
  UNKNOWN;

  public boolean isPresent() {
    return this == PRESENT;
  }

  public boolean isAbsent() {
    return this == ABSENT;
  }

  public static Fact of(boolean present) {
    return present ? PRESENT : ABSENT;
  }
}
