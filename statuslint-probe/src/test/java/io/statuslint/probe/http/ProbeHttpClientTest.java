package io.statuslint.probe.http;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.Headers;
import io.statuslint.probe.http.RawServer.Reply;
import java.net.ServerSocket;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The client sees what the server really sent, and never hangs on what it did not send. */
class ProbeHttpClientTest {

  private static ProbeHttpClient client;

  @BeforeAll
  static void client() {
    client = new ProbeHttpClient(ProbeHttpClient.Settings.defaults()
        .withRequestTimeout(Duration.ofMillis(1500))
        .withConnectTimeout(Duration.ofSeconds(1)));
  }

  @AfterAll
  static void closeClient() {
    client.close();
  }

  private static Sent get(RawServer s, String method, String path) {
    return client.send(ProbeRequest.of(method, s.base() + path, Headers.of("Accept", "application/json")));
  }

  @Test
  void interimResponsesAreKeptBeforeTheFinalOne() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.close(
        "HTTP/1.1 103 Early Hints\r\nLink: </style.css>; rel=preload\r\n\r\n"
            + "HTTP/1.1 150 Made Up\r\n\r\n"
            + "HTTP/1.1 200 OK\r\nContent-Type: application/json\r\nContent-Length: 2\r\n\r\n{}"))) {
      Sent r = get(s, "GET", "/");
      assertThat(r.interim()).extracting(i -> i.status()).containsExactly(103, 150);
      assertThat(r.interim().get(0).headers().first("Link")).isEqualTo("</style.css>; rel=preload");
      assertThat(r.status()).isEqualTo(200);
      assertThat(r.response().body().text()).isEqualTo("{}");
    }
  }

  @Test
  void codesOutsideTheRangeAndHeaderNamesAreKeptAsSent() throws Exception {
    try (RawServer s = RawServer.start(h -> h.startsWith("GET /low")
        ? Reply.close("HTTP/1.1 042 Odd\r\nx-CuStOm-Name: v\r\n\r\n")
        : Reply.close("HTTP/1.1 999 Whatever\r\nx-CuStOm-Name: v\r\nContent-Length: 3\r\n\r\nabc"))) {
      Sent high = get(s, "GET", "/high");
      assertThat(high.status()).isEqualTo(999);
      assertThat(high.response().reason()).isEqualTo("Whatever");
      assertThat(high.response().headers().name(0)).isEqualTo("x-CuStOm-Name");
      assertThat(high.response().body().text()).isEqualTo("abc");
      Sent low = get(s, "GET", "/low");
      assertThat(low.status()).isEqualTo(42);
      assertThat(low.response().headers().name(0)).isEqualTo("x-CuStOm-Name");
      assertThat(low.response().body().state()).isEqualTo(Body.State.UNKNOWN);
    }
  }

  @Test
  void bytesAfterABodilessResponseBecomeItsBody() throws Exception {
    try (RawServer s = RawServer.start(h -> h.startsWith("HEAD")
        ? Reply.hold("HTTP/1.1 200 OK\r\nContent-Length: 5\r\n\r\nhello")
        : h.startsWith("GET /304")
            ? Reply.close("HTTP/1.1 304 Not Modified\r\nContent-Length: 4\r\n\r\nbody")
            : Reply.hold("HTTP/1.1 204 No Content\r\nTransfer-Encoding: chunked\r\n\r\n0\r\n\r\n"))) {
      Sent head = get(s, "HEAD", "/");
      assertThat(head.strayBytes()).isTrue();
      assertThat(head.response().body().text()).isEqualTo("hello");
      Sent notModified = get(s, "GET", "/304");
      assertThat(notModified.strayBytes()).isTrue();
      assertThat(notModified.response().body().text()).isEqualTo("body");
      Sent noContent = get(s, "GET", "/204");
      assertThat(noContent.response().headers().first("Transfer-Encoding")).isEqualTo("chunked");
      assertThat(noContent.response().body().text()).isEqualTo("0\r\n\r\n");
    }
  }

  @Test
  void aCleanBodilessResponseHasAnAbsentBody() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.close("HTTP/1.1 204 No Content\r\n\r\n"))) {
      Sent r = get(s, "DELETE", "/x");
      assertThat(r.strayBytes()).isFalse();
      assertThat(r.response().body().state()).isEqualTo(Body.State.ABSENT);
    }
  }

  @Test
  void aServerThatHangsCostsOneDeadline() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.hold(""))) {
      long t0 = System.nanoTime();
      Sent r = get(s, "GET", "/");
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.hasResponse()).isFalse();
      assertThat(r.failure().kind()).isEqualTo(TransportFailure.Kind.TIMEOUT);
      assertThat(r.failure().message()).contains("no response");
      assertThat(ms).isLessThan(4000);
    }
  }

  @Test
  void aTricklingServerIsCutOffAtTheDeadlineKeepingWhatArrived() throws Exception {
    try (RawServer s = RawServer.start(h -> new Reply(
        "HTTP/1.1 200 OK\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\n" + "x".repeat(100),
        RawServer.Then.TRICKLE))) {
      long t0 = System.nanoTime();
      Sent r = get(s, "GET", "/");
      long ms = (System.nanoTime() - t0) / 1_000_000;
      assertThat(r.failure().kind()).isEqualTo(TransportFailure.Kind.TIMEOUT);
      assertThat(ms).isLessThan(4000);
      // The head takes ~13 s to trickle in at 200 ms a byte: nothing complete arrived.
      assertThat(r.hasResponse()).isFalse();
    }
  }

  @Test
  void aServerThatClosesMidBodyLeavesATruncatedBody() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.close(
        "HTTP/1.1 500 Internal Server Error\r\nContent-Type: text/plain\r\nContent-Length: 100\r\n\r\nonly ten b"))) {
      Sent r = get(s, "GET", "/");
      assertThat(r.status()).isEqualTo(500);
      assertThat(r.failure().kind()).isEqualTo(TransportFailure.Kind.CLOSED);
      assertThat(r.response().body().state()).isEqualTo(Body.State.TRUNCATED);
      assertThat(r.response().body().text()).isEqualTo("only ten b");
      assertThat(r.response().body().size()).isEqualTo(100);
    }
  }

  @Test
  void aServerThatClosesWithoutAnsweringIsSaidSo() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.close(""))) {
      Sent r = get(s, "GET", "/");
      assertThat(r.hasResponse()).isFalse();
      assertThat(r.failure().kind()).isEqualTo(TransportFailure.Kind.CLOSED);
      assertThat(r.failure().message()).contains("without answering");
    }
  }

  @Test
  void garbageIsAProtocolFailure() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.close("SSH-2.0-OpenSSH_9.6\r\n\r\n"))) {
      Sent r = get(s, "GET", "/");
      assertThat(r.hasResponse()).isFalse();
      assertThat(r.failure().kind()).isEqualTo(TransportFailure.Kind.PROTOCOL);
    }
  }

  @Test
  void anUnreachablePortIsAConnectFailure() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    TransportFailure f = client.checkReachable("http://127.0.0.1:" + port + "/");
    assertThat(f.kind()).isEqualTo(TransportFailure.Kind.CONNECT);
    assertThat(f.message()).contains("127.0.0.1:" + port);
  }

  @Test
  void tlsToAPlainServerIsATlsFailure() throws Exception {
    // A plain HTTP server answers a ClientHello with a 400 and closes, as real ones do.
    try (ServerSocket plain = new ServerSocket(0, 5, java.net.InetAddress.getLoopbackAddress())) {
      Thread t = new Thread(() -> {
        try (java.net.Socket s = plain.accept()) {
          s.getOutputStream().write("HTTP/1.1 400 Bad Request\r\nConnection: close\r\n\r\n".getBytes());
        } catch (java.io.IOException ignored) {
          // the test is over
        }
      });
      t.setDaemon(true);
      t.start();
      TransportFailure f = client.checkReachable("https://127.0.0.1:" + plain.getLocalPort() + "/");
      assertThat(f.kind()).isEqualTo(TransportFailure.Kind.TLS);
      assertThat(f.message()).contains("TLS handshake with 127.0.0.1:" + plain.getLocalPort()).contains("--insecure");
    }
  }

  @Test
  void aSilentTlsPeerIsATlsFailureWithinTheDeadline() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.hold(""))) {
      TransportFailure f = client.checkReachable("https://127.0.0.1:" + s.port() + "/");
      assertThat(f.kind()).isEqualTo(TransportFailure.Kind.TLS);
      assertThat(f.message()).contains("did not complete a TLS handshake");
    }
  }

  @Test
  void theRequestCarriesHostAndCloseAndTheCallersFields() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.close("HTTP/1.1 200 OK\r\nContent-Length: 0\r\n\r\n"))) {
      Sent r = client.send(ProbeRequest.of("STATUSLINT-PROBE", s.base() + "/a?b=1", Headers.of("X-Test", "1")));
      String head = s.heads().get(0);
      assertThat(head).startsWith("STATUSLINT-PROBE /a?b=1 HTTP/1.1\r\n").contains("Host: 127.0.0.1:" + s.port())
          .contains("X-Test: 1").contains("Connection: close");
      assertThat(r.request().headers().first("Host")).isEqualTo("127.0.0.1:" + s.port());
    }
  }

  @Test
  void anOversizedBodyRefusedOnExpectContinueIsNeverSent() throws Exception {
    try (RawServer s = RawServer.start(h -> Reply.close(
        "HTTP/1.1 413 Content Too Large\r\nContent-Length: 0\r\n\r\n"))) {
      Sent r = client.send(ProbeRequest.of("POST", s.base() + "/", Headers.empty())
          .withBody(RequestBody.jsonOfSize(8L * 1024 * 1024), true));
      assertThat(r.status()).isEqualTo(413);
      assertThat(r.request().headers().first("Expect")).isEqualTo("100-continue");
      assertThat(r.request().body().size()).isEqualTo(8L * 1024 * 1024);
    }
  }
}
