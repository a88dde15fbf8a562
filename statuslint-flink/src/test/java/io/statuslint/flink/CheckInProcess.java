package io.statuslint.flink;

import io.statuslint.engine.RuleEngine;
import io.statuslint.model.Exchange;
import io.statuslint.report.NdjsonReporter;
import io.statuslint.traffic.ExchangeReader;
import io.statuslint.traffic.TrafficInputs;
import java.io.IOException;
import java.io.Writer;
import java.util.List;

/**
 * What {@code statuslint check --format ndjson FILE...} reports, computed in this process by the same
 * pipeline the command runs: the format-detecting reader, the rule engine, the NDJSON reporter. (The
 * command-line module is not a dependency of this one; this is its code path without picocli.)
 */
final class CheckInProcess {

  private CheckInProcess() {}

  /** Writes the findings of {@code files}, in order, to {@code out}; returns the exchanges read. */
  static long check(List<String> files, AuditSettings settings, Writer out) throws IOException {
    RuleEngine engine = settings.engine();
    NdjsonReporter reporter = new NdjsonReporter(out);
    reporter.start(null); // the NDJSON reporter needs no context: one line per finding, no header
    long exchanges = 0;
    for (String file : files) {
      try (ExchangeReader reader = TrafficInputs.open(file, settings.readerOptions())) {
        Exchange e;
        while ((e = reader.next()) != null) {
          exchanges++;
          engine.check(e, f -> {
            try {
              reporter.finding(f);
            } catch (IOException ex) {
              throw new java.io.UncheckedIOException(ex);
            }
          });
        }
      }
    }
    out.flush();
    return exchanges;
  }
}
