package io.statuslint.report;

import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Counts per key for at most {@code capacity} distinct keys; keys first seen after that are counted
 * under one overflow key. Keeps a report's memory bounded when a huge capture has millions of
 * distinct URLs (endpoint templates collapse most ids, but not every kind of id).
 */
final class BoundedCounts {

  private final int capacity;
  private final String overflowKey;
  private final Map<String, Long> counts = new HashMap<>();
  private long overflow;

  BoundedCounts(int capacity, String overflowKey) {
    this.capacity = capacity;
    this.overflowKey = overflowKey;
  }

  void add(String key) {
    Long n = counts.get(key);
    if (n != null) {
      counts.put(key, n + 1);
    } else if (counts.size() < capacity) {
      counts.put(key, 1L);
    } else {
      overflow++;
    }
  }

  /** Most frequent first (ties by key), the overflow bucket last; an unmodifiable snapshot. */
  Map<String, Long> snapshot() {
    List<Map.Entry<String, Long>> entries = counts.entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .toList();
    Map<String, Long> out = new LinkedHashMap<>();
    for (Map.Entry<String, Long> e : entries) {
      out.put(e.getKey(), e.getValue());
    }
    if (overflow > 0) {
      out.merge(overflowKey, overflow, Long::sum);
    }
    return Collections.unmodifiableMap(out);
  }
}
