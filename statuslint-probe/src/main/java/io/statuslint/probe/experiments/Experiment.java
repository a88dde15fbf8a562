package io.statuslint.probe.experiments;

import io.statuslint.rule.RuleMetadata;

/**
 * One probe experiment of RULES.md: a request the API's users or attackers will send, and the
 * answer the guide expects. Its id, severity and references are declared with
 * {@link io.statuslint.rule.RuleInfo} on the class, like a rule's; its document is
 * {@code rules/docs/<id>.md}. Stateless: one instance serves every endpoint, from several threads.
 */
public interface Experiment {

  default RuleMetadata metadata() {
    return RuleMetadata.fromAnnotation(getClass());
  }

  default String id() {
    return metadata().id();
  }

  /** Run once per target (on one endpoint that answered GET with 2xx) rather than per endpoint. */
  default boolean perTarget() {
    return false;
  }

  /** Sends requests that may change state (a body, DELETE), so only with the user's opt-in. */
  default boolean unsafe() {
    return false;
  }

  /**
   * The most requests one run sends, with or without the user's opt-in to unsafe requests; retries
   * after a 429/503 are not counted (the documented bound).
   */
  int maxRequests(boolean unsafe);

  /** Sends the experiment's requests through {@code trial} and reports what differs from the expectation. */
  void run(Trial trial);
}
