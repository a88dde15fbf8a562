package io.statuslint.probe;

import io.statuslint.rule.Suggestion;
import java.util.Set;

/**
 * An experiment's judgment of one answer, before the traffic rules have had their say.
 *
 * @param rule {@code probe-<experiment>}, or a traffic rule id the experiment's intent reveals
 * @param coveredBy traffic rules that, when they fire on the same exchange, already report the
 *     defect: then this verdict is dropped (one defect, one finding)
 */
record Verdict(String rule, String message, Suggestion suggestion, Set<String> coveredBy) {

  Verdict {
    coveredBy = Set.copyOf(coveredBy);
  }
}
