package io.statuslint.proxy;

import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;

/**
 * Told about every checked exchange and every finding, in order, on the proxy's one checker thread
 * (so a listener needs no locking of its own, and a slow listener slows checking, never traffic).
 */
public interface ProxyListener {

  /** An exchange that passed through, before its findings. */
  default void exchange(Exchange exchange) {}

  /** A finding on {@code exchange}. */
  default void finding(Exchange exchange, Finding finding) {}
}
