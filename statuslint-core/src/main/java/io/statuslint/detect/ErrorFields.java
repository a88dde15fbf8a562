package io.statuslint.detect;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A team's own error-envelope member names ({@code patterns: error-fields: [fault, errMsg]} in
 * {@code .statuslint.yaml}): top-level members that, when non-empty, say the request failed, the way
 * the built-in {@code error} member does. Names are compared as {@link JsonMember#normalise} writes
 * them, so {@code errMsg}, {@code err_msg} and {@code ERR-MSG} are one name.
 *
 * <p>{@link #NONE} adds nothing, and the detector skips the lookup altogether. Immutable and thread-safe.
 */
public final class ErrorFields {

  public static final ErrorFields NONE = new ErrorFields(Set.of());

  private final Set<String> normalised;

  private ErrorFields(Set<String> normalised) {
    this.normalised = Set.copyOf(normalised);
  }

  /**
   * The member names {@code names} lists.
   *
   * @throws IllegalArgumentException for an empty name or one that holds more than a member name
   */
  public static ErrorFields of(List<String> names) {
    if (names.isEmpty()) {
      return NONE;
    }
    Set<String> set = new LinkedHashSet<>();
    for (String name : names) {
      String n = name == null ? "" : JsonMember.normalise(name.strip());
      if (n.isEmpty()) {
        throw new IllegalArgumentException("an error field needs a name");
      }
      for (int i = 0; i < n.length(); i++) {
        char c = n.charAt(i);
        if (!Character.isLetterOrDigit(c) && c != '.' && c != '$' && c != '@') {
          throw new IllegalArgumentException("'" + name + "' is not a member name (top-level members only, "
              + "written as in the body, e.g. fault or errMsg)");
        }
      }
      set.add(n);
    }
    return new ErrorFields(set);
  }

  public boolean isEmpty() {
    return normalised.isEmpty();
  }

  /** Whether a member of this normalised name is one of the team's error fields. */
  boolean contains(String normalisedName) {
    return normalised.contains(normalisedName);
  }
}
