package io.statuslint.servlet;

import io.statuslint.finding.Finding;
import io.statuslint.model.EndpointTemplates;
import io.statuslint.model.Exchange;
import io.statuslint.rule.Severity;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.slf4j.Logger;

/**
 * Logs findings without flooding the log: the first finding of a rule on an endpoint
 * ({@code GET /orders/{id}}) is logged at WARN (INFO for info rules), later ones at DEBUG. The
 * counters in {@link GuideMetrics} count every one. Remembers at most {@value #MAX_KEYS} pairs.
 */
final class FindingLog {

  static final int MAX_KEYS = 10_000;

  private final Logger log;
  private final EndpointTemplates templates = EndpointTemplates.heuristic();
  private final Set<String> seen = ConcurrentHashMap.newKeySet();

  FindingLog(Logger log) {
    this.log = log;
  }

  void findings(Exchange exchange, List<Finding> findings) {
    if (findings.isEmpty()) {
      return;
    }
    String method = exchange.request().method();
    String endpoint = templates.template(method, exchange.request().url());
    int status = exchange.response().status();
    for (Finding f : findings) {
      boolean first = seen.size() < MAX_KEYS && seen.add(f.rule() + ' ' + endpoint);
      String line = "statuslint: {} -> {} [{}] {}: {}{}";
      Object[] args = {endpoint, status, f.severity().id(), f.rule(), f.message(),
          f.suggestion() == null ? "" : " (fix: " + f.suggestion().text() + ")"};
      if (first && f.severity() == Severity.INFO) {
        log.info(line, args);
      } else if (first) {
        log.warn(line, args);
      } else {
        log.debug(line, args);
      }
    }
  }
}
