package io.statuslint.flink;

import java.util.Arrays;
import java.util.Objects;

/**
 * One row of the aggregate table: how many findings a rule produced on one endpoint template with
 * one status, and the first few exchanges it fired on (in input order). In streaming mode a row
 * covers one window of event time. A Flink POJO; {@link #merge} is associative and commutative, so
 * rows can be combined in any order on any task.
 */
public class FindingAggregate {

  public String rule;
  public String severity;
  public String endpoint;
  public int status;
  public long count;
  public ExampleExchange[] examples;
  /** The window's start and end (epoch milliseconds) in streaming mode; -1 in batch mode. */
  public long windowStart = -1;
  public long windowEnd = -1;

  public FindingAggregate() {}

  static FindingAggregate of(FindingRow row, int maxExamples) {
    FindingAggregate a = new FindingAggregate();
    a.rule = row.rule;
    a.severity = row.severity;
    a.endpoint = row.endpoint;
    a.status = row.status;
    a.count = 1;
    a.examples = maxExamples > 0 ? new ExampleExchange[] {row.exchange} : new ExampleExchange[0];
    return a;
  }

  /** The grouping key: rule, endpoint template and status. */
  String key() {
    return rule + '\u0000' + endpoint + '\u0000' + status;
  }

  /** The sum of two rows of the same key, keeping the first {@code maxExamples} examples. */
  static FindingAggregate merge(FindingAggregate a, FindingAggregate b, int maxExamples) {
    FindingAggregate m = new FindingAggregate();
    m.rule = a.rule;
    m.severity = a.severity;
    m.endpoint = a.endpoint;
    m.status = a.status;
    m.count = a.count + b.count;
    m.windowStart = a.windowStart;
    m.windowEnd = a.windowEnd;
    m.examples = firstExamples(a.examples, b.examples, maxExamples);
    return m;
  }

  private static ExampleExchange[] firstExamples(ExampleExchange[] a, ExampleExchange[] b, int max) {
    ExampleExchange[] all = Arrays.copyOf(a, a.length + b.length);
    System.arraycopy(b, 0, all, a.length, b.length);
    Arrays.sort(all, ExampleExchange.INPUT_ORDER);
    ExampleExchange[] kept = new ExampleExchange[Math.min(max, all.length)];
    int n = 0;
    for (ExampleExchange e : all) {
      if (n == kept.length) {
        break;
      }
      // Two rules' findings never meet here, but one exchange can hold the same rule twice.
      if (n == 0 || !kept[n - 1].equals(e)) {
        kept[n++] = e;
      }
    }
    return n == kept.length ? kept : Arrays.copyOf(kept, n);
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof FindingAggregate g && Objects.equals(rule, g.rule) && Objects.equals(severity, g.severity)
        && Objects.equals(endpoint, g.endpoint) && status == g.status && count == g.count
        && Arrays.equals(examples, g.examples) && windowStart == g.windowStart && windowEnd == g.windowEnd;
  }

  @Override
  public int hashCode() {
    return Objects.hash(rule, endpoint, status, count, windowStart);
  }

  @Override
  public String toString() {
    return rule + " " + endpoint + " " + status + " x" + count + " " + Arrays.toString(examples);
  }
}
