package io.statuslint.probe;

/**
 * How a probe ended.
 *
 * @param unreachable why the target could not be reached at all (nothing was judged), or {@code null}
 * @param stopReason why the probe stopped before its plan was done, or {@code null}
 * @param answered how many requests got a response
 */
public record ProbeOutcome(
    String unreachable,
    String stopReason,
    int requests,
    int answered,
    int endpoints,
    int exchanges) {

  public boolean reached() {
    return unreachable == null && answered > 0;
  }
}
