package io.statuslint.probe;

import io.statuslint.engine.RuleEngine;
import io.statuslint.model.Exchange;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.Origin;
import io.statuslint.probe.endpoints.Endpoint;
import io.statuslint.probe.experiments.Experiment;
import io.statuslint.probe.http.ProbeHttpClient;
import io.statuslint.probe.http.Sent;
import io.statuslint.probe.http.TransportFailure;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Probes a running API: runs the experiments of RULES.md on each endpoint, checks every exchange
 * with the traffic rules, and hands the results to a {@link ProbeListener} in a stable order.
 *
 * <p>Requests per endpoint are bounded: the baseline GET, then at most {@link #maxRequestsPerEndpoint}
 * for the experiments (each may be repeated once after a 429/503 with an acceptable Retry-After), plus
 * the per-target experiments once. Paths revealed by answers are probed in up to {@link #MAX_WAVES}
 * further rounds, at most {@link ProbeOptions#maxDiscovered()} of them.
 */
public final class Probe {

  /** Rounds of discovery after the given endpoints. */
  public static final int MAX_WAVES = 3;

  private final ProbeOptions options;
  private final RuleEngine engine;
  private final ProbeRules rules;

  public Probe(ProbeOptions options, RuleEngine engine, ProbeRules rules) {
    this.options = options;
    this.engine = engine;
    this.rules = rules;
  }

  /**
   * The most requests one endpoint can cost before retries: the baseline GET, an OPTIONS when
   * unsafe experiments need to learn the methods, and each enabled endpoint experiment's bound.
   */
  public static int maxRequestsPerEndpoint(List<Experiment> experiments, boolean unsafe) {
    int n = 1 + (unsafe ? 1 : 0);
    for (Experiment x : experiments) {
      if (!x.perTarget() && (unsafe || !x.unsafe())) {
        n += x.maxRequests(unsafe);
      }
    }
    return n;
  }

  /** Runs the probe to the end (or until its budget or the target stops it). */
  public ProbeOutcome run(ProbeListener listener) throws InterruptedException {
    ProbeHttpClient.Settings settings = ProbeHttpClient.Settings.defaults()
        .withConnectTimeout(options.connectTimeout())
        .withRequestTimeout(options.requestTimeout())
        .withTrustAllTls(options.trustAllTls())
        .withUserAgent(options.userAgent());
    Credentials credentials = Credentials.from(options.headers());
    try (ProbeHttpClient client = new ProbeHttpClient(settings)) {
      TransportFailure unreachable = client.checkReachable(options.base().toString());
      if (unreachable != null) {
        return new ProbeOutcome(unreachable.message(), null, 0, 0, 0, 0);
      }
      ProbeRun run = new ProbeRun(options, client, credentials);
      Emitter emitter = new Emitter(new Judge(engine, rules, credentials), credentials, listener);
      List<Experiment> perEndpoint = rules.active().stream().filter(x -> !x.perTarget()).toList();
      List<Experiment> perTarget = rules.active().stream().filter(Experiment::perTarget).toList();
      ExecutorService pool = Executors.newFixedThreadPool(options.concurrency(), r -> {
        Thread t = new Thread(r, "statuslint-probe");
        t.setDaemon(true);
        return t;
      });
      int endpoints = 0;
      EndpointRun.Result anchor = null;
      try {
        List<Endpoint> wave = options.endpoints().endpoints();
        Set<String> seen = new HashSet<>();
        wave.forEach(e -> seen.add(e.path()));
        int discovered = 0;
        for (int round = 0; round <= MAX_WAVES && !wave.isEmpty() && run.pacer().stopReason() == null; round++) {
          List<Future<EndpointRun.Result>> results = new ArrayList<>();
          for (Endpoint e : wave) {
            results.add(pool.submit(() -> new EndpointRun(run, e, perEndpoint, null).run(true)));
          }
          List<Endpoint> next = new ArrayList<>();
          for (int i = 0; i < results.size(); i++) {
            EndpointRun.Result r = get(results.get(i));
            // Emitted results are let go at once: a wave may hold hundreds of endpoints.
            results.set(i, null);
            endpoints++;
            emitter.emit(r);
            if (anchor == null && r.baseline() != null && r.baseline().is2xx()) {
              anchor = r;
            }
            for (String path : r.revealed()) {
              if (discovered < options.maxDiscovered() && round < MAX_WAVES && seen.add(path)) {
                discovered++;
                next.add(Endpoint.path(path, "revealed by " + r.endpoint().path()));
              }
            }
          }
          wave = next;
        }
        if (!perTarget.isEmpty() && run.pacer().stopReason() == null) {
          Endpoint target = anchor != null ? anchor.endpoint() : Endpoint.path(options.basePath(), "base URL");
          Sent base = anchor != null ? anchor.baseline() : null;
          emitter.emit(new EndpointRun(run, target, perTarget, base).run(false));
        }
      } finally {
        pool.shutdownNow();
      }
      if (run.pacer().stopReason() != null) {
        listener.note("the probe stopped early: " + run.pacer().stopReason());
      }
      String unanswered = run.pacer().answered() == 0 ? "no request got a response" : null;
      return new ProbeOutcome(unanswered, run.pacer().stopReason(), run.pacer().requestsSent(),
          run.pacer().answered(), endpoints, emitter.count());
    }
  }

  private static EndpointRun.Result get(Future<EndpointRun.Result> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof RuntimeException re) {
        throw re;
      }
      throw new IllegalStateException(cause);
    }
  }

  /** Numbers the exchanges in report order, judges them, and passes them on. */
  private static final class Emitter {
    private final Judge judge;
    private final Credentials credentials;
    private final ProbeListener listener;
    private int next;

    Emitter(Judge judge, Credentials credentials, ProbeListener listener) {
      this.judge = judge;
      this.credentials = credentials;
      this.listener = listener;
    }

    void emit(EndpointRun.Result r) {
      for (Step step : r.steps()) {
        Sent s = step.sent;
        for (HttpResponse interim : s.interim()) {
          Exchange ie = credentials.redact(new Exchange(s.request(), interim, origin()));
          Step is = new Step(new Sent(s.request(), interim, List.of(), false, null, s.millis()), step.purpose);
          listener.exchange(new ProbedExchange(ie, "interim " + interim.status() + " response: " + step.purpose,
              judge.findings(ie, is), null, s.millis()));
        }
        Exchange e = credentials.redact(new Exchange(s.request(), s.response(), origin()));
        listener.exchange(new ProbedExchange(e, step.purpose, judge.findings(e, step), s.failure(), s.millis()));
      }
      r.notes().forEach(listener::note);
    }

    /**
     * Exchange {@code n} (0-based, in report order) is entry {@code n} of a recording, so the
     * findings of {@code statuslint check} on the recording point at the same entries.
     */
    private Origin origin() {
      int n = next++;
      return new Origin(null, n, -1, Integer.toString(n));
    }

    int count() {
      return next;
    }
  }
}
