package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.engine.Config;
import io.statuslint.probe.experiments.Experiments;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * The documented bound on requests per endpoint holds on a 200-endpoint API. (Speed is measured by
 * bench/probe.sh, not here; the elapsed time is printed for the record only.)
 */
class ProbeBoundsTest {

  @Test
  void requestsPerEndpointStayWithinTheDocumentedBound() throws Exception {
    Map<String, AtomicInteger> perPath = new ConcurrentHashMap<>();
    List<String> paths = new ArrayList<>();
    for (int i = 0; i < 200; i++) {
      paths.add("/r/" + i);
    }
    try (TestApi api = TestApi.start(c -> {
      perPath.computeIfAbsent(c.path, p -> new AtomicInteger()).incrementAndGet();
      if (c.method.equals("OPTIONS") || c.method.equals("GET") || c.method.equals("HEAD")) {
        c.header("Allow", "GET, HEAD, POST");
      }
      switch (c.method) {
        case "GET", "HEAD" -> {
          c.header("ETag", "\"e\"");
          if ("\"e\"".equals(c.header("If-None-Match"))) {
            c.empty(304);
          } else {
            c.json(200, "{\"path\":\"" + c.path + "\"}");
          }
        }
        case "OPTIONS" -> c.empty(204);
        case "POST" -> {
          c.body();
          c.problem(400, "Bad Request", "No.");
        }
        default -> {
          c.header("Allow", "GET, HEAD, POST");
          c.problem(405, "Method Not Allowed", "No.");
        }
      }
    })) {
      long t0 = System.nanoTime();
      ProbeRunner r = ProbeRunner.run(api.base(), o -> o.paths(paths).unsafe(true)
          .headers(io.statuslint.model.Headers.of("Authorization", "Bearer bounds-token")));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      int bound = Probe.maxRequestsPerEndpoint(
          ProbeRules.from(Config.builder().ruleset(Config.Ruleset.ALL).build()).active(), true);
      System.out.printf("200 endpoints, --unsafe, all experiments: %d requests in %d ms (bound %d per endpoint)%n",
          api.requests(), ms, bound);
      assertThat(bound).isEqualTo(13);
      assertThat(r.outcome.endpoints()).isEqualTo(200);
      for (String p : paths) {
        assertThat(perPath.get(p).get()).as(p).isBetween(2, bound);
      }
      int perTarget = (int) Experiments.all().stream().filter(x -> x.perTarget()).count();
      assertThat(api.requests()).isLessThanOrEqualTo(200 * bound + perTarget);
    }
  }

  @Test
  void theSafeBoundIsEightRequestsPerEndpoint() {
    assertThat(Probe.maxRequestsPerEndpoint(Experiments.all(), false)).isEqualTo(8);
  }
}
