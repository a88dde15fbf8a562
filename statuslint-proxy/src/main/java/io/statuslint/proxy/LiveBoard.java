package io.statuslint.proxy;

import io.statuslint.finding.Finding;
import io.statuslint.model.EndpointTemplates;
import io.statuslint.model.Exchange;
import io.statuslint.traffic.SecretRedactor;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The live state of a proxy session: findings deduplicated per endpoint template and rule with a
 * running count, counts per rule and per endpoint, and the status-code mix. Fed on the checker
 * thread; read by the console and the dashboard. At most {@link #MAX_DISTINCT} distinct findings are
 * kept in detail (then only counted), so a session of any length holds bounded memory.
 */
public final class LiveBoard implements ProxyListener {

  public static final int MAX_DISTINCT = 1000;
  public static final int MAX_ENDPOINTS = 500;

  /** One deduplicated finding: the first occurrence's details and how often it has been seen. */
  public record Entry(String key, String rule, String severity, String endpoint, int status, String url,
      String message, String suggestion, String evidence, String reference, String firstExchange, long count) {

    Entry seenAgain() {
      return new Entry(key, rule, severity, endpoint, status, url, message, suggestion, evidence, reference,
          firstExchange, count + 1);
    }
  }

  /** What the console and the dashboard are told as it happens. */
  public interface Watcher {
    /** A finding for an endpoint and rule not seen before. */
    void firstSeen(Entry entry);

    /** The same endpoint and rule again; {@code entry.count()} is the running count. */
    default void seenAgain(Entry entry) {}
  }

  /** A consistent copy of the counts, for the dashboard and the final summary. */
  public record Snapshot(long exchanges, long findings, long distinctOverflow, Map<Integer, Long> statuses,
      Map<String, Long> rules, Map<String, String> ruleSeverities, Map<String, Long> endpoints, List<Entry> distinct) {}

  private final EndpointTemplates templates = EndpointTemplates.heuristic();
  /** Templates by method and path: the same few endpoints recur, and templating runs regexes. */
  private final Map<String, String> templateCache = new java.util.HashMap<>();
  private final boolean redact;
  private final List<Watcher> watchers = new CopyOnWriteArrayList<>();
  private final Map<String, Entry> distinct = new LinkedHashMap<>();
  private final TreeMap<Integer, Long> statuses = new TreeMap<>();
  private final TreeMap<String, Long> rules = new TreeMap<>();
  private final Map<String, String> severities = new TreeMap<>();
  private final Map<String, Long> endpoints = new LinkedHashMap<>();
  private long exchanges;
  private long findings;
  private long overflow;
  private volatile long version;

  /** {@code redact}: mask secret query parameters in the URLs shown. */
  public LiveBoard(boolean redact) {
    this.redact = redact;
  }

  public void watch(Watcher w) {
    watchers.add(w);
  }

  @Override
  public void exchange(Exchange e) {
    synchronized (this) {
      exchanges++;
      if (e.hasResponse()) {
        statuses.merge(e.response().status(), 1L, Long::sum);
      }
    }
    version++;
  }

  @Override
  public void finding(Exchange e, Finding f) {
    Entry entry;
    boolean first = false;
    synchronized (this) {
      String endpoint = template(e.request().method(), e.request().path());
      String key = endpoint + " " + f.rule();
      findings++;
      rules.merge(f.rule(), 1L, Long::sum);
      severities.put(f.rule(), f.severity().id());
      if (endpoints.containsKey(endpoint) || endpoints.size() < MAX_ENDPOINTS) {
        endpoints.merge(endpoint, 1L, Long::sum);
      }
      entry = distinct.get(key);
      if (entry != null) {
        entry = entry.seenAgain();
        distinct.put(key, entry);
      } else if (distinct.size() < MAX_DISTINCT) {
        entry = new Entry(key, f.rule(), f.severity().id(), endpoint, e.response().status(),
            redact ? SecretRedactor.url(e.request().url()) : e.request().url(), f.message(),
            f.suggestion() == null ? null : f.suggestion().text(), f.evidence(), reference(f), e.id(), 1);
        distinct.put(key, entry);
        first = true;
      } else {
        overflow++;
      }
    }
    version++;
    if (entry != null) {
      for (Watcher w : watchers) {
        if (first) {
          w.firstSeen(entry);
        } else {
          w.seenAgain(entry);
        }
      }
    }
  }

  private String template(String method, String path) {
    String k = method + " " + path;
    String t = templateCache.get(k);
    if (t == null) {
      if (templateCache.size() >= 10_000) {
        templateCache.clear();
      }
      t = templates.template(method, path);
      templateCache.put(k, t);
    }
    return t;
  }

  private static String reference(Finding f) {
    if (f.reference() == null) {
      return null;
    }
    String guide = f.reference().guide();
    String rfc = f.reference().rfc();
    if (guide != null && rfc != null) {
      return "guide " + guide + "; " + rfc;
    }
    return guide != null ? "guide " + guide : rfc;
  }

  /** Changes whenever a count changes: a cheap "anything new?" for the dashboard. */
  public long version() {
    return version;
  }

  public synchronized Snapshot snapshot() {
    return new Snapshot(exchanges, findings, overflow, new TreeMap<>(statuses), new TreeMap<>(rules),
        new TreeMap<>(severities), new LinkedHashMap<>(endpoints), new ArrayList<>(distinct.values()));
  }
}
