package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.probe.http.RawServer;
import io.statuslint.probe.http.RawServer.Reply;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/** What conforming clients cannot see, servers that misbehave at the wire, and bad targets. */
class ProbeEdgeCasesTest {

  private static final String OK_JSON = "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}";

  @Test
  void bytesAfterA204AreAConnectionFindingUnderTheBodyRule() throws Exception {
    try (RawServer s = RawServer.start(h -> h.startsWith("GET /gone ")
        ? Reply.hold("HTTP/1.1 204 No Content\r\n\r\nsurprise!")
        : Reply.close(OK_JSON))) {
      ProbeRunner r = ProbeRunner.run(s.base(), o -> o.paths(List.of("/gone")));
      List<Finding> f = r.findings("no-content-body");
      // Every GET of /gone is answered so; each answer is one finding.
      assertThat(f).as(r.describe()).isNotEmpty().allSatisfy(one -> {
        assertThat(one.message()).contains("9 bytes arrived on the connection after the bodiless 204 response");
        assertThat(one.evidence()).isEqualTo("surprise!");
      });
      assertThat(f.get(0).location().url()).endsWith("/gone");
    }
  }

  @Test
  void aBodyOnHeadIsSeenOnTheConnection() throws Exception {
    try (RawServer s = RawServer.start(h -> h.startsWith("HEAD")
        ? Reply.hold("HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}")
        : Reply.close(OK_JSON))) {
      ProbeRunner r = ProbeRunner.run(s.base(), o -> o.paths(List.of("/x")));
      assertThat(r.findings("head-response-body")).as(r.describe()).hasSize(1);
      assertThat(r.findings("head-response-body").get(0).message()).contains("response to HEAD");
      assertThat(r.findings("probe-head")).isEmpty();
    }
  }

  @Test
  void interimAndOutOfRangeCodesAreCheckedByTheTrafficRules() throws Exception {
    try (RawServer s = RawServer.start(h -> h.startsWith("GET /odd ") && !h.contains("Range")
        && !h.contains("x-statuslint-unacceptable")
        ? Reply.close("HTTP/1.1 199 Made Up\r\n\r\nHTTP/1.1 999 Whatever\r\nContent-Length: 0\r\n\r\n")
        : Reply.close(OK_JSON))) {
      ProbeRunner r = ProbeRunner.run(s.base(), o -> o.paths(List.of("/odd")));
      assertThat(r.findings("status-unregistered")).as(r.describe())
          .extracting(f -> f.location().status()).contains(199);
      assertThat(r.findings("status-out-of-range")).as(r.describe())
          .extracting(f -> f.location().status()).contains(999);
    }
  }

  @Test
  void anUnreachableTargetSaysSoAndSendsNothing() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    ProbeRunner r = ProbeRunner.run("http://127.0.0.1:" + port, o -> { });
    assertThat(r.outcome.reached()).isFalse();
    assertThat(r.outcome.unreachable()).contains("nothing accepts connections at 127.0.0.1:" + port);
    assertThat(r.outcome.requests()).isZero();
  }

  @Test
  void aServerThatAcceptsButNeverAnswersEndsTheProbeQuickly() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.hold(""))) {
      long t0 = System.nanoTime();
      ProbeRunner r = ProbeRunner.run(s.base(), o -> o.paths(List.of("/a", "/b")).requestTimeout(Duration.ofMillis(500)));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.outcome.reached()).isFalse();
      assertThat(r.notes).anyMatch(n -> n.contains("no response after"));
      assertThat(ms).isLessThan(5000);
    }
  }

  @Test
  void aServerThatClosesMidResponseIsJudgedOnWhatArrived() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.close(
        "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 500\r\n\r\n{\"success\": false, \"error\": \"db down\""))) {
      ProbeRunner r = ProbeRunner.run(s.base(), o -> o.paths(List.of("/half")));
      assertThat(r.outcome.reached()).isTrue();
      assertThat(r.notes).anyMatch(n -> n.contains("the 200 answer is incomplete: the server closed the connection"));
      // What arrived is kept as a truncated body, with the size the server announced.
      var body = r.exchanges.get(0).exchange().response().body();
      assertThat(body.state()).isEqualTo(io.statuslint.model.Body.State.TRUNCATED);
      assertThat(body.size()).isEqualTo(500);
      assertThat(body.text()).startsWith("{\"success\": false");
    }
  }

  @Test
  void a429PausesForItsRetryAfterThenTheRequestIsRepeatedOnce() throws Exception {
    AtomicInteger calls = new AtomicInteger();
    try (TestApi api = TestApi.start(c -> {
      if (c.path.equals("/slow") && calls.incrementAndGet() == 1) {
        c.header("Retry-After", "1");
        c.problem(429, "Too Many Requests", "Wait a second.");
      } else {
        c.json(200, "{\"ok\":true}");
      }
    })) {
      long t0 = System.nanoTime();
      ProbeRunner r = ProbeRunner.run(api.base(), o -> o.paths(List.of("/slow")));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(ms).isGreaterThanOrEqualTo(900);
      assertThat(r.exchanges.get(0).exchange().response().status()).isEqualTo(429);
      assertThat(r.exchanges.get(1).purpose()).contains("again, after the 1 s Retry-After");
      assertThat(r.exchanges.get(1).exchange().response().status()).isEqualTo(200);
      assertThat(r.notes).isEmpty();
    }
  }

  @Test
  void aRetryAfterBeyondTheCapSkipsTheEndpointWithoutWaiting() throws Exception {
    try (TestApi api = TestApi.start(c -> {
      c.header("Retry-After", "3600");
      c.problem(503, "Service Unavailable", "Down for maintenance.");
    })) {
      long t0 = System.nanoTime();
      ProbeRunner r = ProbeRunner.run(api.base(), o -> o.paths(List.of("/down")));
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(ms).isLessThan(3000);
      assertThat(r.notes).anyMatch(n -> n.contains("Retry-After 3600 s, more than the 60 s"));
      // The endpoint's experiments were skipped; the per-target ones asked once and were told the same.
      assertThat(api.requests()).isLessThanOrEqualTo(2);
    }
  }

  @Test
  void theBudgetStopsTheProbe() throws Exception {
    try (TestApi api = TestApi.start(c -> c.json(200, "{}"))) {
      ProbeRunner r = ProbeRunner.run(api.base(), o -> o.paths(List.of("/a", "/b", "/c")).maxRequests(5)
          .concurrency(1));
      assertThat(api.requests()).isEqualTo(5);
      assertThat(r.outcome.stopReason()).contains("budget");
    }
  }
}
