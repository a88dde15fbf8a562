package io.statuslint.test;

import io.statuslint.finding.Finding;
import io.statuslint.finding.Reference;
import io.statuslint.model.Exchange;
import java.util.List;

/**
 * Findings as a test failure should show them: the exchange, then one numbered block per finding
 * with the rule id, the message, the fix, the evidence and what the rule rests on.
 */
public final class FindingsReport {

  private FindingsReport() {}

  /** A heading line such as {@code GET http://127.0.0.1:8080/orders -> 429}. */
  public static String describe(Exchange exchange) {
    String head = exchange.request().method() + " " + exchange.request().url();
    return exchange.hasResponse() ? head + " -> " + exchange.response().status() : head + " -> (no response)";
  }

  /** The failure message of one exchange. */
  public static String forExchange(Exchange exchange, List<Finding> findings) {
    StringBuilder sb = new StringBuilder();
    sb.append(describe(exchange)).append(" breaks the status guide (")
        .append(findings.size()).append(findings.size() == 1 ? " finding" : " findings").append("):\n");
    appendFindings(sb, findings, "  ");
    return sb.toString();
  }

  /** Appends one block per finding, each line starting with {@code indent}. */
  public static void appendFindings(StringBuilder sb, List<Finding> findings, String indent) {
    int n = 1;
    for (Finding f : findings) {
      sb.append(indent).append(n++).append(". [").append(f.severity().id()).append("] ")
          .append(f.rule()).append(": ").append(f.message()).append('\n');
      String more = indent + "   ";
      if (f.suggestion() != null) {
        sb.append(more).append("fix: ");
        if (f.suggestion().code() != null) {
          sb.append("use ").append(f.suggestion().code()).append(" — ");
        }
        sb.append(f.suggestion().text()).append('\n');
      }
      if (f.evidence() != null && !f.evidence().isEmpty()) {
        sb.append(more).append("evidence: ").append(f.evidence()).append('\n');
      }
      String basis = basis(f.reference());
      if (!basis.isEmpty()) {
        sb.append(more).append("rests on: ").append(basis).append('\n');
      }
    }
  }

  private static String basis(Reference r) {
    StringBuilder sb = new StringBuilder();
    if (r.guide() != null) {
      sb.append("guide \u00a7 \"").append(r.guide()).append('"');
    }
    if (r.rfc() != null) {
      sb.append(sb.length() > 0 ? ", " : "").append(r.rfc());
    }
    if (r.url() != null) {
      sb.append(sb.length() > 0 ? " — " : "").append(r.url());
    }
    return sb.toString();
  }
}
