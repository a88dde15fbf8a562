package io.statuslint.report;

import io.statuslint.finding.Finding;
import io.statuslint.rule.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * Running totals of a run: findings by severity and by rule, inputs and exchanges seen. Reporters get
 * it at the end instead of a list of every finding, so a huge input never sits in memory.
 * Not thread-safe: one run feeds it from one thread.
 */
public final class Summary {

  private final EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  private final TreeMap<String, Long> byRule = new TreeMap<>();
  private final TreeMap<Integer, Long> statuses = new TreeMap<>();
  private long findings;
  private long inputs;
  private long unreadableInputs;
  private long exchanges;
  private long skippedEntries;
  private long responses;

  public void countFinding(Finding f) {
    findings++;
    bySeverity.merge(f.severity(), 1L, Long::sum);
    byRule.merge(f.rule(), 1L, Long::sum);
  }

  /** Counts one exchange (or spec response) that was checked, and its status. */
  public void countExchange(int status) {
    exchanges++;
    if (status > 0) {
      responses++;
      statuses.merge(status, 1L, Long::sum);
    }
  }

  public void countInput() {
    inputs++;
  }

  public void countUnreadableInput() {
    unreadableInputs++;
  }

  public void countSkippedEntry() {
    skippedEntries++;
  }

  public long findings() {
    return findings;
  }

  public long count(Severity s) {
    return bySeverity.getOrDefault(s, 0L);
  }

  /** Findings per rule id, sorted by id. */
  public Map<String, Long> byRule() {
    return Collections.unmodifiableMap(byRule);
  }

  /** How many checked responses had each status code. */
  public Map<Integer, Long> statuses() {
    return Collections.unmodifiableMap(statuses);
  }

  public long inputs() {
    return inputs;
  }

  public long unreadableInputs() {
    return unreadableInputs;
  }

  public long exchanges() {
    return exchanges;
  }

  /** Exchanges that had a response (HAR status 0 entries are counted as exchanges, not responses). */
  public long responses() {
    return responses;
  }

  public long skippedEntries() {
    return skippedEntries;
  }

  /** The most severe level with at least one finding, or {@code null}. */
  public Severity worst() {
    for (Severity s : new Severity[] {Severity.ERROR, Severity.WARNING, Severity.INFO}) {
      if (count(s) > 0) {
        return s;
      }
    }
    return null;
  }

  /** Whether some finding is at or above {@code threshold} ({@code null} = never). */
  public boolean hasAtLeast(Severity threshold) {
    Severity w = worst();
    return threshold != null && w != null && w.atLeast(threshold);
  }
}
