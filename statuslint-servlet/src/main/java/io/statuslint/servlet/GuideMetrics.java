package io.statuslint.servlet;

import java.util.Collections;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.LongAdder;

/**
 * Counters of one {@link StatusGuideFilter}, cheap to update from every request thread and easy to
 * export (e.g. as Micrometer gauges over {@link #snapshot()}). The filter also publishes them as the
 * servlet context attribute {@value #ATTRIBUTE}.
 */
public final class GuideMetrics {

  public static final String ATTRIBUTE = "io.statuslint.servlet.GuideMetrics";

  private final LongAdder exchanges = new LongAdder();
  private final ConcurrentHashMap<String, LongAdder> findings = new ConcurrentHashMap<>();
  private final LongAdder bodiesReplaced = new LongAdder();
  private final LongAdder leaksNotReplaced = new LongAdder();
  private final LongAdder messagesWithheld = new LongAdder();
  private final LongAdder uncaughtExceptions = new LongAdder();
  private final LongAdder retryAfterAdded = new LongAdder();

  void countExchange() {
    exchanges.increment();
  }

  void countFinding(String rule) {
    findings.computeIfAbsent(rule, r -> new LongAdder()).increment();
  }

  void countBodyReplaced() {
    bodiesReplaced.increment();
  }

  void countLeakNotReplaced() {
    leaksNotReplaced.increment();
  }

  void countMessageWithheld() {
    messagesWithheld.increment();
  }

  void countUncaughtException() {
    uncaughtExceptions.increment();
  }

  void countRetryAfterAdded() {
    retryAfterAdded.increment();
  }

  /** Exchanges checked. */
  public long exchanges() {
    return exchanges.sum();
  }

  /** Findings of one rule so far. */
  public long findings(String rule) {
    LongAdder a = findings.get(rule);
    return a == null ? 0 : a.sum();
  }

  /** Findings per rule id, sorted by id. */
  public Map<String, Long> findingsByRule() {
    Map<String, Long> out = new TreeMap<>();
    findings.forEach((rule, n) -> out.put(rule, n.sum()));
    return Collections.unmodifiableMap(out);
  }

  /** Error bodies the guard replaced with a safe Problem Details body. */
  public long bodiesReplaced() {
    return bodiesReplaced.sum();
  }

  /**
   * Leaks the guard saw but could not stop: the body had passed the capture limit or the response
   * was already committed. Each one is logged.
   */
  public long leaksNotReplaced() {
    return leaksNotReplaced.sum();
  }

  /** {@code sendError} messages the guard kept from the container's error page because they leaked. */
  public long messagesWithheld() {
    return messagesWithheld.sum();
  }

  /** Exceptions that escaped the application and were answered with a safe 500 by the guard. */
  public long uncaughtExceptions() {
    return uncaughtExceptions.sum();
  }

  /** 429/503 responses that got the configured Retry-After. */
  public long retryAfterAdded() {
    return retryAfterAdded.sum();
  }

  /**
   * Every counter under a flat name: {@code exchanges}, {@code findings.<rule-id>},
   * {@code guard.bodies-replaced}, {@code guard.leaks-not-replaced}, {@code guard.messages-withheld},
   * {@code guard.uncaught-exceptions}, {@code guard.retry-after-added}.
   */
  public Map<String, Long> snapshot() {
    Map<String, Long> out = new TreeMap<>();
    out.put("exchanges", exchanges());
    findingsByRule().forEach((rule, n) -> out.put("findings." + rule, n));
    out.put("guard.bodies-replaced", bodiesReplaced());
    out.put("guard.leaks-not-replaced", leaksNotReplaced());
    out.put("guard.messages-withheld", messagesWithheld());
    out.put("guard.uncaught-exceptions", uncaughtExceptions());
    out.put("guard.retry-after-added", retryAfterAdded());
    return Collections.unmodifiableMap(out);
  }

  @Override
  public String toString() {
    return "GuideMetrics" + snapshot();
  }
}
