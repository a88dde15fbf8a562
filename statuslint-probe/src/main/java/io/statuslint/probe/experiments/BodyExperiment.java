package io.statuslint.probe.experiments;

/**
 * The shape the three body experiments share: they send one request with content, so they need the
 * user's opt-in (the request may change state), and they apply only where some method takes a body.
 */
abstract class BodyExperiment implements Experiment {

  @Override
  public final boolean unsafe() {
    return true;
  }

  @Override
  public final int maxRequests(boolean unsafe) {
    return 1;
  }

  @Override
  public final void run(Trial trial) {
    String method = trial.bodyMethod();
    if (method != null) {
      send(trial, method);
    }
  }

  /** Sends the one request with content through {@code method} and judges the answer. */
  protected abstract void send(Trial trial, String method);
}
