package io.statuslint.test;

import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import io.statuslint.rule.Severity;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The exchanges one test class made, judged as they arrive and reported together at the end. The
 * JUnit extension ({@code @CheckStatusGuide}) opens one per class; the hooks (REST Assured filter,
 * MockMvc handler, {@link RecordingHttpClient}) send their exchanges to it through
 * {@link GuideHooks}. Thread-safe. Keeps only the exchanges that failed, and at most
 * {@value #MAX_KEPT} of those (the rest are counted).
 */
public final class ExchangeLog {

  static final int MAX_KEPT = 200;

  /** One exchange that failed, with its failing findings. */
  public record Failure(String exchange, List<Finding> findings) {}

  private final String owner;
  private final Set<String> ignored;
  private final Severity failOn;
  private final AtomicLong exchanges = new AtomicLong();
  private final AtomicLong failed = new AtomicLong();
  private final AtomicInteger kept = new AtomicInteger();
  private final ConcurrentLinkedQueue<Failure> failures = new ConcurrentLinkedQueue<>();

  /**
   * @param owner who made the exchanges (a test class name), for the report
   * @param ignored rule ids never to fail on, on top of each hook's own guide
   * @param failOn the least severity that fails, on top of each hook's own guide
   */
  public ExchangeLog(String owner, Set<String> ignored, Severity failOn) {
    this.owner = Objects.requireNonNull(owner, "owner");
    this.ignored = Set.copyOf(ignored);
    this.failOn = Objects.requireNonNull(failOn, "failOn");
  }

  /** Records a JDK client response, judged by {@link StatusGuide#standard()}. */
  public void record(java.net.http.HttpResponse<?> response) {
    record(HttpExchanges.from(response), StatusGuide.standard());
  }

  /** Records an exchange judged by {@code guide}. */
  public void record(Exchange exchange, StatusGuide guide) {
    exchanges.incrementAndGet();
    List<Finding> failing = new ArrayList<>(2);
    for (Finding f : guide.failures(exchange)) {
      if (!ignored.contains(f.rule()) && f.severity().atLeast(failOn)) {
        failing.add(f);
      }
    }
    if (failing.isEmpty()) {
      return;
    }
    failed.incrementAndGet();
    if (kept.incrementAndGet() <= MAX_KEPT) {
      failures.add(new Failure(FindingsReport.describe(exchange), List.copyOf(failing)));
    }
  }

  public long exchanges() {
    return exchanges.get();
  }

  /** How many exchanges had at least one failing finding. */
  public long failedExchanges() {
    return failed.get();
  }

  /** The failing exchanges kept, in arrival order. */
  public List<Failure> failures() {
    return List.copyOf(failures);
  }

  public boolean hasFailures() {
    return failed.get() > 0;
  }

  /** One report of every failing exchange, or {@code ""} when none failed. */
  public String report() {
    if (!hasFailures()) {
      return "";
    }
    StringBuilder sb = new StringBuilder();
    sb.append(failed.get()).append(" of ").append(exchanges.get()).append(" exchanges made by ").append(owner)
        .append(failed.get() == 1 ? " breaks" : " break").append(" the status guide:\n");
    for (Failure f : failures) {
      sb.append('\n').append(f.exchange()).append('\n');
      FindingsReport.appendFindings(sb, f.findings(), "  ");
    }
    long notShown = failed.get() - failures.size();
    if (notShown > 0) {
      sb.append("\n… and ").append(notShown).append(" more failing exchanges not shown\n");
    }
    return sb.toString();
  }

  /** Throws one {@link AssertionError} with {@link #report()} if any exchange failed. */
  public void verify() {
    if (hasFailures()) {
      throw new AssertionError(report());
    }
  }
}
