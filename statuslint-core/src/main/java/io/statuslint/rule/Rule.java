package io.statuslint.rule;

import java.util.Objects;

/**
 * One check of the catalogue. Rules are stateless and thread-safe: the engine calls {@link #check}
 * from many threads at once.
 *
 * <p>Built-in rules declare their metadata with {@link RuleInfo}; a custom rule may do the same, or be
 * a lambda wrapped with {@link #define(RuleMetadata, Rule)}.
 */
@FunctionalInterface
public interface Rule {

  /** Judges one response and reports each defect to {@code findings}. */
  void check(ResponseView response, FindingSink findings);

  default RuleMetadata metadata() {
    return RuleMetadata.fromAnnotation(getClass());
  }

  /** A rule from a lambda and metadata given by hand. */
  static Rule define(RuleMetadata metadata, Rule check) {
    Objects.requireNonNull(metadata, "metadata");
    Objects.requireNonNull(check, "check");
    return new Rule() {
      @Override
      public void check(ResponseView response, FindingSink findings) {
        check.check(response, findings);
      }

      @Override
      public RuleMetadata metadata() {
        return metadata;
      }

      @Override
      public String toString() {
        return "Rule[" + metadata.id() + "]";
      }
    };
  }
}
