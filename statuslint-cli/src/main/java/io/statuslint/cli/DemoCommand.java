package io.statuslint.cli;

import io.statuslint.cli.demo.DemoApi;
import io.statuslint.cli.demo.DemoScript;
import io.statuslint.engine.ActiveRule;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.model.Exchange;
import io.statuslint.probe.Probe;
import io.statuslint.probe.ProbeListener;
import io.statuslint.probe.ProbeOptions;
import io.statuslint.probe.ProbeOutcome;
import io.statuslint.probe.ProbeRules;
import io.statuslint.probe.ProbedExchange;
import io.statuslint.openapi.LintResult;
import io.statuslint.openapi.SpecLinter;
import io.statuslint.openapi.SpecSource;
import io.statuslint.traffic.ExchangeReader;
import io.statuslint.traffic.HarWriter;
import io.statuslint.traffic.ReaderOptions;
import io.statuslint.traffic.TrafficInputs;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code statuslint demo}: starts a small API with typical mistakes on 127.0.0.1, talks to it, probes
 * it the way clients and attackers will, and checks what it answered — a newcomer's first run, with
 * no input of their own.
 */
@Command(name = "demo", mixinStandardHelpOptions = true,
    description = "Run statuslint against an embedded sample API with typical mistakes: its spec, scripted requests, a probe.")
final class DemoCommand implements Callable<Integer> {

  private static final String DEMO_SPEC = "demo-api.yaml";

  @Mixin OutputOptions output;

  @Override
  public Integer call() throws Exception {
    System.err.println("statuslint demo: starting a sample order API on 127.0.0.1 …");
    // Every rule and experiment, info ones included: the demo shows what statuslint can see.
    Config config = Config.builder().ruleset(Config.Ruleset.ALL).build();
    RuleEngine engine = RuleEngine.create(config);
    ProbeRules probeRules = ProbeRules.from(config);
    List<Exchange> exchanges;
    List<ProbedExchange> probed = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    String base;
    ProbeOutcome outcome;
    try (DemoApi api = DemoApi.start()) {
      base = api.baseUrl();
      exchanges = recordedAndReadBack(DemoScript.run(base));
      outcome = new Probe(probeOptions(base), engine, probeRules).run(new ProbeListener() {
        @Override
        public void exchange(ProbedExchange e) {
          probed.add(e);
        }

        @Override
        public void note(String message) {
          notes.add(message);
        }
      });
    }
    System.err.println("statuslint demo: linted the API's own spec (demo-api.yaml), sent " + exchanges.size() + " scripted requests to " + base
        + ", then probed it from /orders with " + outcome.requests() + " requests ("
        + probeRules.active().size() + " experiments); checking the answers with "
        + engine.activeRules().size() + " rules\n");
    notes.forEach(n -> System.err.println("statuslint: note: " + n));
    List<ActiveRule> reported = new ArrayList<>(engine.activeRules());
    reported.addAll(probeRules.activeRules());
    try (ReportSession session = new ReportSession(output, "demo", List.of(base), engine, reported,
        System.out, System.err)) {
      lintDemoSpec(engine, session);
      session.summary().countInput();
      for (Exchange e : exchanges) {
        session.summary().countExchange(e.request().method(), e.request().url(), e.response().status());
        engine.check(e, session::finding);
      }
      ProbeReport report = new ProbeReport(session, null, System.err);
      // The probe numbers its exchanges from 0: continue after the scripted ones instead.
      probed.forEach(p -> report.exchange(afterScript(p, exchanges.size())));
      session.finish();
    }
    System.err.println("\nNext: `statuslint explain <rule>` for any rule above, `statuslint check your.har` "
        + "for your own traffic, `statuslint probe https://your.api --path /orders` for a running API.");
    return ExitCodes.CLEAN;
  }

  /**
   * The scripted exchanges as `check` would see them: written to a HAR, as `probe --record` or a
   * browser would, and read back by the HAR reader (this also makes the launcher's class-data archive,
   * trained on the demo, hold the reader that `check` runs).
   */
  private static List<Exchange> recordedAndReadBack(List<Exchange> exchanges) throws IOException {
    ByteArrayOutputStream har = new ByteArrayOutputStream();
    try (HarWriter writer = new HarWriter(har, "statuslint demo", Version.get())) {
      for (Exchange e : exchanges) {
        writer.write(e);
      }
    }
    List<Exchange> read = new ArrayList<>(exchanges.size());
    try (ExchangeReader reader = TrafficInputs.open(new ByteArrayInputStream(har.toByteArray()), "demo.har",
        ReaderOptions.defaults())) {
      Exchange e;
      while ((e = reader.next()) != null) {
        read.add(e);
      }
    }
    return read;
  }

  /** The demo API's own OpenAPI contract, linted first: design mistakes before runtime ones. */
  private static void lintDemoSpec(RuleEngine engine, ReportSession session) throws IOException {
    String yaml;
    try (InputStream in = DemoApi.class.getResourceAsStream(DEMO_SPEC)) {
      yaml = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    session.summary().countInput();
    LintResult result = SpecLinter.create().lint(SpecSource.text("demo-api.yaml", yaml), engine, session::finding);
    result.statuses().forEach((status, n) -> {
      for (int i = 0; i < n; i++) {
        session.summary().countExchange(status);
      }
    });
  }

  private static ProbedExchange afterScript(ProbedExchange p, int offset) {
    List<Finding> moved = new ArrayList<>();
    for (Finding f : p.findings()) {
      Location l = f.location();
      moved.add(new Finding(f.rule(), f.severity(), f.message(), f.suggestion(), f.reference(),
          new Location(l.file(), l.line(), l.column(), l.pointer(), l.component(), l.entry() + offset,
              "probe-" + l.exchangeId(), l.method(), l.url(), l.status()), f.evidence()));
    }
    return new ProbedExchange(p.exchange(), p.purpose(), moved, p.failure(), p.millis());
  }

  /** The probe's safe experiments from one path; short timeouts, since the API is local. */
  private static ProbeOptions probeOptions(String base) {
    return ProbeOptions.builder(URI.create(base))
        .paths(List.of("/orders"))
        .requestTimeout(Duration.ofSeconds(3))
        .connectTimeout(Duration.ofSeconds(2))
        .backoff(Duration.ZERO)
        .maxRequests(200)
        .userAgent("statuslint-demo")
        .build();
  }
}
