package io.statuslint.probe;

/**
 * Receives a probe's results as they are ready, in a stable order (endpoints in the order they were
 * given or found, each endpoint's requests in the order sent). Called from one thread at a time.
 */
public interface ProbeListener {

  void exchange(ProbedExchange exchange);

  /** Something the user should know that is not a finding: a skipped endpoint, a timeout. */
  default void note(String message) {}
}
