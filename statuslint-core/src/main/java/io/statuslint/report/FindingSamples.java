package io.statuslint.report;

import io.statuslint.finding.Finding;
import io.statuslint.rule.Severity;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The first {@code perRule} findings of each rule and the count of all of them, by rule and
 * severity. The HTML and Markdown reports show these samples: memory is bounded by the number of
 * rules times {@code perRule}, however many findings stream past.
 */
final class FindingSamples {

  private final int perRule;
  private final Map<String, List<Finding>> samples = new HashMap<>();
  private final Map<String, EnumMap<Severity, Long>> counts = new HashMap<>();
  private long total;

  FindingSamples(int perRule) {
    this.perRule = perRule;
  }

  void add(Finding f) {
    total++;
    counts.computeIfAbsent(f.rule(), r -> new EnumMap<>(Severity.class)).merge(f.severity(), 1L, Long::sum);
    List<Finding> sample = samples.computeIfAbsent(f.rule(), r -> new ArrayList<>());
    if (sample.size() < perRule) {
      sample.add(f);
    }
  }

  /** Rules that fired, the worst first, then the most findings, then by id. */
  List<String> rules() {
    return counts.keySet().stream()
        .sorted(Comparator.comparing(this::worst, Comparator.reverseOrder())
            .thenComparing(this::count, Comparator.reverseOrder())
            .thenComparing(Comparator.naturalOrder()))
        .toList();
  }

  List<Finding> sample(String rule) {
    return samples.getOrDefault(rule, List.of());
  }

  long count(String rule) {
    return counts.getOrDefault(rule, new EnumMap<>(Severity.class)).values().stream().mapToLong(Long::longValue).sum();
  }

  long count(String rule, Severity s) {
    return counts.getOrDefault(rule, new EnumMap<>(Severity.class)).getOrDefault(s, 0L);
  }

  /** The most severe level this rule reported at (a rule has one configured severity, but be safe). */
  Severity worst(String rule) {
    EnumMap<Severity, Long> c = counts.get(rule);
    Severity w = Severity.INFO;
    if (c != null) {
      for (Severity s : c.keySet()) {
        if (s.compareTo(w) > 0) {
          w = s;
        }
      }
    }
    return w;
  }

  long total() {
    return total;
  }

  long shown() {
    return samples.values().stream().mapToLong(List::size).sum();
  }

  /** The sampled findings of every rule, the worst first (rule order), each rule's in arrival order. */
  List<Finding> allShown() {
    List<Finding> out = new ArrayList<>();
    for (String rule : rules()) {
      out.addAll(sample(rule));
    }
    return out;
  }
}
