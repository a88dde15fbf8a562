package io.statuslint.bench;

import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.ExchangeBuilder;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * The per-exchange cost of the rule engine with every built-in rule on ({@code all}): a clean 2xx
 * JSON exchange (target: under 2 µs) and an error exchange with a 4 KiB body (target: under 20 µs).
 * Each operation judges a fresh exchange around the same recorded text (as a HAR reader hands it
 * over): no cache from an earlier call can help, and parsing the recording is not measured.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class EngineBenchmark {

  private RuleEngine engine;
  private Exchange clean2xx;
  private Exchange clean201;
  private Exchange error4k;

  @Setup
  public void setUp() {
    engine = RuleEngine.create(Config.builder().ruleset(Config.Ruleset.ALL).build());
    clean2xx = ExchangeBuilder.get("https://api.example.com/orders/42")
        .header("Accept", "application/json").header("User-Agent", "bench/1.0")
        .respond(200).header("Content-Type", "application/json; charset=utf-8")
        .header("Cache-Control", "no-cache").header("ETag", "\"abc\"").header("Date", "Tue, 24 Nov 2026 10:00:00 GMT")
        .body(Samples.orderJson(2_000)).build();
    clean201 = ExchangeBuilder.request("POST", "https://api.example.com/orders")
        .header("Content-Type", "application/json").body("{\"item\":\"book\"}")
        .respond(201).header("Location", "/orders/43").header("Content-Type", "application/json")
        .body("{\"id\":43,\"item\":\"book\"}").build();
    error4k = ExchangeBuilder.get("https://api.example.com/orders/42/invoice")
        .header("Accept", "application/json")
        .respond(500).header("Content-Type", "application/json")
        .body(Samples.errorJson(4096)).build();
  }

  @Benchmark
  public void clean200Json(Blackhole bh) {
    engine.check(fresh(clean2xx), (Consumer<Finding>) bh::consume);
  }

  @Benchmark
  public void clean201WithLocation(Blackhole bh) {
    engine.check(fresh(clean201), (Consumer<Finding>) bh::consume);
  }

  @Benchmark
  public void error500With4KiBBody(Blackhole bh) {
    engine.check(fresh(error4k), (Consumer<Finding>) bh::consume);
  }

  /** The same exchange with a new body object over the same text, so per-body caches start cold. */
  private static Exchange fresh(Exchange e) {
    HttpResponse r = e.response();
    return new Exchange(e.request(), new HttpResponse(r.status(), r.reason(), r.headers(),
        Body.ofText(r.body().text())), e.origin(), e.resourceHint());
  }
}
