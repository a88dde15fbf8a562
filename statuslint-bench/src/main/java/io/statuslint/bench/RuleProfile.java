package io.statuslint.bench;

import io.statuslint.engine.ActiveRule;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.model.Exchange;
import io.statuslint.rule.ExchangeView;
import io.statuslint.rule.FindingSink;
import io.statuslint.traffic.ExchangeReader;
import io.statuslint.traffic.ReaderOptions;
import io.statuslint.traffic.TrafficInputs;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Where the engine's time goes on a real recording: reads up to N exchanges of a HAR or NDJSON
 * file, then times each rule alone over them (after a warm-up). A diagnostic, not a benchmark of
 * record: use {@link EngineBenchmark} for numbers to quote.
 *   java -cp statuslint-bench/target/benchmarks.jar io.statuslint.bench.RuleProfile FILE [N]
 */
public final class RuleProfile {

  private RuleProfile() {}

  public static void main(String[] args) throws Exception {
    int max = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    List<Exchange> exchanges = new ArrayList<>();
    try (ExchangeReader r = TrafficInputs.open(args[0], ReaderOptions.defaults())) {
      Exchange e;
      while (exchanges.size() < max && (e = r.next()) != null) {
        if (e.hasResponse()) {
          exchanges.add(e);
        }
      }
    }
    RuleEngine engine = RuleEngine.create(Config.builder().ruleset(Config.Ruleset.ALL).build());
    FindingSink sink = (m, s, ev) -> { };
    Map<Long, String> byCost = new TreeMap<>();
    for (ActiveRule rule : engine.activeRules()) {
      long best = Long.MAX_VALUE;
      for (int round = 0; round < 5; round++) {
        long start = System.nanoTime();
        for (Exchange e : exchanges) {
          if (rule.metadata().appliesToStatus(e.response().status())) {
            rule.rule().check(new ExchangeView(e), sink);
          }
        }
        best = Math.min(best, System.nanoTime() - start);
      }
      byCost.put(-best * 1000 + byCost.size(), rule.id());
    }
    System.out.printf("%d exchanges from %s; ns per exchange, best of 5 rounds:%n", exchanges.size(), args[0]);
    byCost.forEach((k, id) -> System.out.printf("%10.0f  %s%n", (-k / 1000) / (double) exchanges.size(), id));
  }
}
