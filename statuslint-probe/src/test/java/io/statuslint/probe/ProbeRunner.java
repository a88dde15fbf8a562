package io.statuslint.probe;

import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import java.net.URI;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

/** Runs a probe in a test with every rule and experiment on, and keeps all it reported. */
final class ProbeRunner implements ProbeListener {

  final List<ProbedExchange> exchanges = new ArrayList<>();
  final List<String> notes = new ArrayList<>();
  ProbeOutcome outcome;

  static ProbeRunner run(String base, Consumer<ProbeOptions.Builder> options) throws InterruptedException {
    return run(base, Config.builder().ruleset(Config.Ruleset.ALL).build(), options);
  }

  static ProbeRunner run(String base, Config config, Consumer<ProbeOptions.Builder> options)
      throws InterruptedException {
    ProbeOptions.Builder b = ProbeOptions.builder(URI.create(base))
        .requestTimeout(Duration.ofSeconds(3))
        .connectTimeout(Duration.ofSeconds(1))
        .backoff(Duration.ZERO)
        .oversizedBodyBytes(256 * 1024);
    options.accept(b);
    ProbeRunner r = new ProbeRunner();
    r.outcome = new Probe(b.build(), RuleEngine.create(ProbeRules.engineConfig(config)), ProbeRules.from(config))
        .run(r);
    return r;
  }

  @Override
  public void exchange(ProbedExchange e) {
    exchanges.add(e);
  }

  @Override
  public void note(String message) {
    notes.add(message);
  }

  List<Finding> findings() {
    List<Finding> all = new ArrayList<>();
    exchanges.forEach(e -> all.addAll(e.findings()));
    return all;
  }

  Set<String> rules() {
    Set<String> ids = new TreeSet<>();
    findings().forEach(f -> ids.add(f.rule()));
    return ids;
  }

  /** The experiments that sent at least one request. */
  Set<String> experimentsRun() {
    Set<String> ids = new TreeSet<>();
    for (ProbedExchange e : exchanges) {
      int colon = e.purpose().indexOf(':');
      if (e.purpose().startsWith("probe-") && colon > 0) {
        ids.add(e.purpose().substring(0, colon));
      }
    }
    return ids;
  }

  List<Finding> findings(String rule) {
    return findings().stream().filter(f -> f.rule().equals(rule)).toList();
  }

  /** A readable dump for assertion messages. */
  String describe() {
    StringBuilder sb = new StringBuilder();
    for (ProbedExchange e : exchanges) {
      sb.append(e.exchange().request().method()).append(' ').append(shorten(e.exchange().request().url()))
          .append(" -> ").append(e.exchange().hasResponse() ? e.exchange().response().status() : "none")
          .append("  [").append(e.purpose()).append("]\n");
      for (Finding f : e.findings()) {
        sb.append("    ").append(f.rule()).append(": ").append(f.message()).append('\n');
      }
    }
    notes.forEach(n -> sb.append("note: ").append(n).append('\n'));
    return sb.toString();
  }

  private static String shorten(String url) {
    return url.length() > 100 ? url.substring(0, 100) + "…" : url;
  }
}
