package io.statuslint.cli;

import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import io.statuslint.probe.ExchangeRecorder;
import io.statuslint.probe.ProbeListener;
import io.statuslint.probe.ProbedExchange;
import java.io.IOException;
import java.io.PrintStream;
import java.io.UncheckedIOException;

/** Streams a probe's results into a report session (and a recording), and its notes to stderr. */
final class ProbeReport implements ProbeListener {

  private final ReportSession session;
  private final ExchangeRecorder recorder;
  private final PrintStream err;
  private int notes;

  ProbeReport(ReportSession session, ExchangeRecorder recorder, PrintStream err) {
    this.session = session;
    this.recorder = recorder;
    this.err = err;
  }

  @Override
  public void exchange(ProbedExchange p) {
    Exchange e = p.exchange();
    session.summary().countExchange(e.request().method(), e.request().url(), e.hasResponse() ? e.response().status() : 0);
    for (Finding f : p.findings()) {
      session.finding(f);
    }
    if (recorder != null) {
      try {
        recorder.record(p);
      } catch (IOException ex) {
        throw new UncheckedIOException(ex);
      }
    }
  }

  @Override
  public void note(String message) {
    notes++;
    err.println("statuslint: note: " + message);
  }

  int notes() {
    return notes;
  }
}
