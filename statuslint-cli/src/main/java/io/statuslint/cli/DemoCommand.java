package io.statuslint.cli;

import io.statuslint.cli.demo.DemoApi;
import io.statuslint.cli.demo.DemoScript;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.model.Exchange;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code statuslint demo}: starts a small API with typical mistakes on 127.0.0.1, talks to it, and
 * checks what it answered — a newcomer's first run, with no input of their own.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run statuslint against an embedded sample API with typical mistakes.")
final class DemoCommand implements Callable<Integer> {

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    System.err.println("statuslint demo: starting a sample order API on 127.0.0.1 …");
    // Every rule, info ones included: the demo shows what statuslint can see.
    RuleEngine engine = RuleEngine.create(Config.builder().ruleset(Config.Ruleset.ALL).build());
    List<Exchange> exchanges;
    String base;
    try (DemoApi api = DemoApi.start()) {
      base = api.baseUrl();
      exchanges = DemoScript.run(base);
    }
    System.err.println("statuslint demo: sent " + exchanges.size() + " requests to " + base
        + "; checking the answers with " + engine.activeRules().size() + " rules\n");
    try (ReportSession session = new ReportSession(output, "demo", List.of(base), engine, System.out, System.err)) {
      session.summary().countInput();
      for (Exchange e : exchanges) {
        session.summary().countExchange(e.request().method(), e.request().url(), e.response().status());
        engine.check(e, session::finding);
      }
      session.finish();
    }
    System.err.println("\nNext: `statuslint explain <rule>` for any rule above, `statuslint check your.har` "
        + "for your own traffic.");
    return ExitCodes.CLEAN;
  }
}
