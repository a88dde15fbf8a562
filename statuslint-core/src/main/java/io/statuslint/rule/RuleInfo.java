package io.statuslint.rule;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The metadata of a rule, declared on its class and read by {@link Rule#metadata()}. Long prose
 * lives in the rule's document ({@code rules/docs/<id>.md} on the class path), not here.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface RuleInfo {

  /** The stable, kebab-case id. Never renamed: a retired rule keeps its id. */
  String id();

  Severity severity();

  Surface[] on();

  /** One line: what the rule finds. */
  String summary();

  /** The section of the team's status-code guide the rule rests on, if any. */
  String guide() default "";

  /** The RFC clause the rule rests on, e.g. {@code "RFC 9110 §15.5.6"}, if any. */
  String rfc() default "";

  /**
   * The only status codes the rule can fire on; empty means any. The engine uses it to skip rules
   * that cannot apply, which keeps a clean exchange cheap.
   */
  int[] statuses() default {};

  /**
   * Whole classes the rule can fire on, by first digit: {@code {4, 5}} for every code from 400 to
   * 599, registered or not. Combined with {@link #statuses()}; both empty means any code.
   */
  int[] statusClasses() default {};

  /** Rules whose finding this rule's finding replaces on the same response (one defect, one finding). */
  String[] supersedes() default {};
}
