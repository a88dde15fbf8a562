package io.statuslint.engine;

import io.statuslint.rule.Rule;
import io.statuslint.rules.headers.CreatedNeedsLocation;
import java.util.List;

/**
 * The explicit list of built-in rules. No class-path scanning: a rule exists when it is listed here,
 * and a test checks that this list, the rule documents and the catalogue agree.
 */
public final class BuiltInRules {

  private BuiltInRules() {}

  public static List<Rule> all() {
    return List.of(
        // headers a code needs
        new CreatedNeedsLocation());
  }
}
