package io.statuslint.probe;

import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import io.statuslint.probe.http.TransportFailure;
import java.util.List;

/**
 * One exchange the probe caused, as reported: credentials already redacted, a sequential id, why
 * it was sent, and every finding on it (traffic rules and experiments, after deduplication).
 *
 * @param failure why the answer is missing or incomplete, or {@code null}
 */
public record ProbedExchange(Exchange exchange, String purpose, List<Finding> findings, TransportFailure failure,
    long millis) {

  public ProbedExchange {
    findings = List.copyOf(findings);
  }
}
