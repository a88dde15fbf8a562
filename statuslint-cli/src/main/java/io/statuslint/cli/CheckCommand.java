package io.statuslint.cli;

import io.statuslint.engine.RuleEngine;
import io.statuslint.model.Exchange;
import io.statuslint.traffic.BadInputException;
import io.statuslint.traffic.ExchangeReader;
import java.io.IOException;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code statuslint check FILE...}: checks recorded traffic (HAR 1.2 or NDJSON, detected by content). */
@Command(name = "check", mixinStandardHelpOptions = true,
    description = "Check recorded traffic: HAR 1.2 files or statuslint NDJSON exchange logs ('-' reads stdin).")
final class CheckCommand implements Callable<Integer> {

  @Parameters(paramLabel = "FILE", arity = "1..*", description = "HAR or NDJSON files; '-' for standard input.")
  List<String> files;

  @Mixin OutputOptions output;
  @Mixin RuleOptions rules;

  @Override
  public Integer call() throws IOException {
    RuleEngine engine = rules.engine(files);
    try (ReportSession session = new ReportSession(output, "check", files, engine, System.out, System.err)) {
      for (String file : files) {
        checkOne(file, engine, session);
      }
      return session.finish();
    }
  }

  private void checkOne(String file, RuleEngine engine, ReportSession session) {
    session.summary().countInput();
    try (ExchangeReader reader = new ReadAhead(TrafficInput.open(file, rules.lenient));
        Progress progress = Progress.forInput(file)) {
      Exchange e;
      while ((e = reader.next()) != null) {
        session.summary().countExchange(e.request().method(), e.request().url(), e.hasResponse() ? e.response().status() : 0);
        engine.check(e, session::finding);
        progress.update(reader.position());
      }
      for (long i = 0; i < reader.skipped(); i++) {
        session.summary().countSkippedEntry();
      }
      if (reader.skipped() > 0) {
        System.err.println("statuslint: warning: " + file + ": skipped " + reader.skipped() + " unreadable entries");
      }
    } catch (BadInputException ex) {
      session.unreadable(file, Errors.oneLine(ex), rules.lenient);
    } catch (IOException ex) {
      session.unreadable(file, file + ": " + Errors.oneLine(ex), rules.lenient);
    }
  }
}
