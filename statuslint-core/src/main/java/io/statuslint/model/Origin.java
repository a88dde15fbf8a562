package io.statuslint.model;

/**
 * Where an exchange came from, so that a finding can point back at it.
 *
 * @param file the input file, or {@code null} for live exchanges (probe, proxy, tests)
 * @param entry 0-based index of the HAR entry or NDJSON line, or -1
 * @param line 1-based line in the file where the entry starts, or -1
 * @param exchangeId a stable id of the exchange, or {@code null}
 */
public record Origin(String file, long entry, long line, String exchangeId) {

  public static final Origin NONE = new Origin(null, -1, -1, null);

  public static Origin live(String exchangeId) {
    return new Origin(null, -1, -1, exchangeId);
  }
}
