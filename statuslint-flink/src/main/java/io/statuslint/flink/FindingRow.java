package io.statuslint.flink;

/**
 * A finding as it leaves the rules: its NDJSON line (exactly what {@code statuslint check --format
 * ndjson} prints for it) and the few fields the aggregate table groups by. A Flink POJO.
 */
public class FindingRow {

  /** The finding's NDJSON line, without the line break. */
  public String json;
  public String rule;
  public String severity;
  /** The endpoint template, e.g. {@code GET /orders/{id}}. */
  public String endpoint;
  public int status;
  public ExampleExchange exchange;

  public FindingRow() {}
}
