package io.statuslint.probe;

import io.statuslint.probe.http.Sent;
import java.util.ArrayList;
import java.util.List;

/** One request of a run, why it was sent, and the experiments' verdicts on its answer. */
final class Step {

  final Sent sent;
  final String purpose;
  final List<Verdict> verdicts = new ArrayList<>(1);

  Step(Sent sent, String purpose) {
    this.sent = sent;
    this.purpose = purpose;
  }
}
