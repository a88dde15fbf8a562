package io.statuslint.test;

import io.statuslint.model.Exchange;
import java.util.Optional;

/**
 * Where the hooks send the exchanges they see. While a test class that opted in with
 * {@code @CheckStatusGuide} runs, an exchange goes to that class's {@link ExchangeLog} and the class
 * fails once, at the end, with one report. Anywhere else the exchange is judged at once and a
 * finding fails the current test.
 *
 * <p>Custom hooks (another HTTP client, a gateway test harness) call {@link #submit} the same way.
 */
public final class GuideHooks {

  // Inheritable: threads a test starts (an executor it creates) report to the same class.
  private static final InheritableThreadLocal<ExchangeLog> ACTIVE = new InheritableThreadLocal<>();

  private GuideHooks() {}

  /** Records {@code exchange} in the active log, or verifies it now when no log is active. */
  public static void submit(Exchange exchange, StatusGuide guide) {
    submit(exchange, guide, ACTIVE.get());
  }

  /**
   * Like {@link #submit(Exchange, StatusGuide)} with a log captured earlier (by an asynchronous
   * hook, on the thread that started the exchange).
   */
  public static void submit(Exchange exchange, StatusGuide guide, ExchangeLog log) {
    if (log != null) {
      log.record(exchange, guide);
    } else {
      guide.verify(exchange);
    }
  }

  /** The log of the test class running on this thread, if it opted in. */
  public static Optional<ExchangeLog> active() {
    return Optional.ofNullable(ACTIVE.get());
  }

  /** Makes {@code log} the active one on this thread and returns the one it replaces (or null). */
  public static ExchangeLog activate(ExchangeLog log) {
    ExchangeLog previous = ACTIVE.get();
    if (log == null) {
      ACTIVE.remove();
    } else {
      ACTIVE.set(log);
    }
    return previous;
  }
}
