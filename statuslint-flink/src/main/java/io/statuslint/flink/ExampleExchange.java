package io.statuslint.flink;

import io.statuslint.finding.Location;
import java.util.Comparator;
import java.util.Objects;

/**
 * An exchange shown as an example in the aggregate table: enough to find it again (file and
 * line or entry, its id) and to recognise it (URL). A Flink POJO.
 */
public class ExampleExchange {

  /** Examples are kept in input order, so the table does not depend on parallelism or timing. */
  static final Comparator<ExampleExchange> INPUT_ORDER = Comparator
      .comparing((ExampleExchange e) -> e.file, Comparator.nullsFirst(Comparator.naturalOrder()))
      .thenComparingLong(e -> e.entry)
      .thenComparingLong(e -> e.line)
      .thenComparing(e -> e.exchangeId, Comparator.nullsFirst(Comparator.naturalOrder()));

  public String file;
  /** 1-based line of the entry, or -1. */
  public long line;
  /** 0-based entry index, or -1. */
  public long entry;
  public String exchangeId;
  public String url;

  public ExampleExchange() {}

  static ExampleExchange of(Location location) {
    ExampleExchange e = new ExampleExchange();
    e.file = location.file();
    e.line = location.line();
    e.entry = location.entry();
    e.exchangeId = location.exchangeId();
    e.url = location.url();
    return e;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ExampleExchange e && Objects.equals(file, e.file) && line == e.line && entry == e.entry
        && Objects.equals(exchangeId, e.exchangeId) && Objects.equals(url, e.url);
  }

  @Override
  public int hashCode() {
    return Objects.hash(file, line, entry, exchangeId, url);
  }

  @Override
  public String toString() {
    return (file == null ? "" : file + (line > 0 ? ":" + line : "")) + (exchangeId == null ? "" : " #" + exchangeId);
  }
}
