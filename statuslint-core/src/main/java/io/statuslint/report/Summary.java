package io.statuslint.report;

import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.http.StatusClass;
import io.statuslint.model.EndpointTemplates;
import io.statuslint.rule.Severity;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

/**
 * Running totals of a run: findings by severity and by rule, inputs and exchanges seen. Reporters get
 * it at the end instead of a list of every finding, so a huge input never sits in memory.
 * Not thread-safe: one run feeds it from one thread.
 */
public final class Summary {

  /** At most this many distinct endpoint templates are counted; later ones go to {@link #OTHER_ENDPOINTS}. */
  public static final int MAX_ENDPOINTS = 1_000;

  /** The bucket of endpoints first seen after {@link #MAX_ENDPOINTS} distinct ones. */
  public static final String OTHER_ENDPOINTS = "(other endpoints)";

  private final EnumMap<Severity, Long> bySeverity = new EnumMap<>(Severity.class);
  private final TreeMap<String, Long> byRule = new TreeMap<>();
  private final TreeMap<Integer, Long> statuses = new TreeMap<>();
  private long findings;
  private long inputs;
  private long unreadableInputs;
  private long exchanges;
  private long skippedEntries;
  private long responses;
  private EndpointTemplates templates = EndpointTemplates.heuristic();
  private final BoundedCounts findingsByEndpoint = new BoundedCounts(MAX_ENDPOINTS, OTHER_ENDPOINTS);
  private final BoundedCounts exchangesByEndpoint = new BoundedCounts(MAX_ENDPOINTS, OTHER_ENDPOINTS);

  /** Groups endpoints by a spec's path templates instead of the id-collapsing heuristic. */
  public void useEndpointTemplates(EndpointTemplates templates) {
    this.templates = Objects.requireNonNull(templates, "templates");
  }

  public void countFinding(Finding f) {
    findings++;
    bySeverity.merge(f.severity(), 1L, Long::sum);
    byRule.merge(f.rule(), 1L, Long::sum);
    String endpoint = endpointOf(f.location());
    if (endpoint != null) {
      findingsByEndpoint.add(endpoint);
    }
  }

  /**
   * Counts one exchange with its endpoint (for the per-endpoint charts of the HTML report), besides
   * its status as {@link #countExchange(int)} does.
   */
  public void countExchange(String method, String url, int status) {
    countExchange(status);
    if (url != null) {
      exchangesByEndpoint.add(templates.template(method, url));
    }
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

  /** How many checked responses fell in each status class, in class order; classes without any are left out. */
  public Map<StatusClass, Long> statusClasses() {
    EnumMap<StatusClass, Long> out = new EnumMap<>(StatusClass.class);
    statuses.forEach((code, n) -> out.merge(StatusClass.of(code), n, Long::sum));
    return Collections.unmodifiableMap(out);
  }

  /**
   * Findings per endpoint template ({@code GET /orders/{id}}), most first; findings without a
   * method and URL (e.g. a spec-wide finding) are not counted here.
   */
  public Map<String, Long> findingsByEndpoint() {
    return findingsByEndpoint.snapshot();
  }

  /** Exchanges per endpoint template, most first, as counted by {@link #countExchange(String, String, int)}. */
  public Map<String, Long> exchangesByEndpoint() {
    return exchangesByEndpoint.snapshot();
  }

  /** The endpoint template a finding is about, or {@code null} when it names no request. */
  public String endpointOf(Location l) {
    if (l.url() == null) {
      return null;
    }
    return templates.template(l.method(), l.url());
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
