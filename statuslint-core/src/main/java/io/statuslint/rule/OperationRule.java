package io.statuslint.rule;

/**
 * A rule that judges a whole operation of a spec (its set of responses, its security) rather than
 * one response. It is a {@link Rule} so that it is listed, configured and documented like any other;
 * the engine never hands it a single response.
 */
public interface OperationRule extends Rule {

  /** Judges one operation and reports each defect to {@code findings}. */
  void checkOperation(OperationView operation, FindingSink findings);

  /** Operation rules see operations only. */
  @Override
  default void check(ResponseView response, FindingSink findings) {}
}
