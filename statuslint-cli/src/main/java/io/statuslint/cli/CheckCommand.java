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
    // The first input starts reading while the rules are set up: on a short run that set-up is a
    // good share of the time.
    ReadAhead first = open(files.get(0));
    RuleEngine engine;
    try {
      engine = rules.engine(files);
    } catch (RuntimeException | Error e) {
      first.close();
      throw e;
    }
    try (ReportSession session = new ReportSession(output, "check", files, engine, System.out, System.err)) {
      for (int i = 0; i < files.size(); i++) {
        checkOne(files.get(i), i == 0 ? first : open(files.get(i)), engine, session);
      }
      return session.finish();
    }
  }

  private ReadAhead open(String file) {
    return ReadAhead.start(() -> TrafficInput.open(file, rules.lenient));
  }

  private void checkOne(String file, ReadAhead input, RuleEngine engine, ReportSession session) {
    session.summary().countInput();
    try (ExchangeReader reader = input;
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
