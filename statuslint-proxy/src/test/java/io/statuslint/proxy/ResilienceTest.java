package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Clients that go away, trickle, or send garbage do not take the proxy down. */
class ResilienceTest {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void clientsThatDisconnectMidUploadOrMidDownloadLeaveTheProxyServing() throws Exception {
    byte[] chunk = new byte[64 * 1024];
    try (TestUpstream up = new TestUpstream()
            .route("/upload", x -> {
              TestUpstream.drain(x);
              x.sendResponseHeaders(204, -1);
            })
            .route("/download", x -> {
              x.sendResponseHeaders(200, 0);
              try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < 2000; i++) {
                  out.write(chunk);
                }
              } catch (java.io.IOException clientGone) {
                // expected: the proxy hung up after its client did
              }
            })
            .answer("/ok", 200, "text/plain", "ok");
        ProxyHarness p = new ProxyHarness(up.url())) {
      for (int i = 0; i < 5; i++) {
        try (RawClient c = new RawClient(p.port())) {
          c.send("POST /upload HTTP/1.1\r\nHost: x\r\nContent-Length: 10000000\r\n\r\n");
          c.socket.getOutputStream().write(chunk);
        }
        try (RawClient c = new RawClient(p.port())) {
          c.send("GET /download HTTP/1.1\r\nHost: x\r\n\r\n");
          c.socket.getInputStream().readNBytes(200_000);
          c.socket.setSoLinger(true, 0);
        }
      }
      assertThat(get(p.url() + "/ok").body()).isEqualTo("ok");
    }
  }

  @Test
  void slowlorisClientsAreCutOffWhileOthersAreServed() throws Exception {
    try (TestUpstream up = new TestUpstream().answer("/ok", 200, "text/plain", "ok");
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.requestHeadTimeout(Duration.ofMillis(800)))) {
      List<Socket> slow = new ArrayList<>();
      try {
        for (int i = 0; i < 200; i++) {
          Socket s = new Socket(InetAddress.getLoopbackAddress(), p.port());
          s.getOutputStream().write("GET /ok HTTP/1.1\r\nHost: x\r\nX-A: ".getBytes(StandardCharsets.ISO_8859_1));
          slow.add(s);
        }
        assertThat(get(p.url() + "/ok").body()).isEqualTo("ok");
        Thread.sleep(1500);
        int cut = 0;
        for (Socket s : slow) {
          s.setSoTimeout(2000);
          String answer = new String(s.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
          if (answer.startsWith("HTTP/1.1 408")) {
            cut++;
          }
        }
        assertThat(cut).isEqualTo(200);
      } finally {
        for (Socket s : slow) {
          s.close();
        }
      }
      assertThat(get(p.url() + "/ok").body()).isEqualTo("ok");
      p.awaitExchanges(2);
      assertThat(p.exchanges).hasSize(2);
    }
  }

  @Test
  void idleConnectionsAreClosedButBusyOnesAreNot() throws Exception {
    try (TestUpstream up = new TestUpstream().answer("/ok", 200, "text/plain", "ok");
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.idleTimeout(Duration.ofMillis(600)));
        RawClient idle = new RawClient(p.port());
        RawClient busy = new RawClient(p.port())) {
      long t0 = System.nanoTime();
      for (int i = 0; i < 8; i++) {
        assertThat(busy.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").readResponse(false)).endsWith("ok");
        Thread.sleep(150);
      }
      assertThat(idle.socket.getInputStream().read()).isEqualTo(-1);
      assertThat(Duration.ofNanos(System.nanoTime() - t0)).isGreaterThan(Duration.ofMillis(500));
      assertThat(busy.send("GET /ok HTTP/1.1\r\nHost: x\r\n\r\n").readResponse(false)).endsWith("ok");
    }
  }

  @Test
  void garbageAndOversizedHeadsGetAnAnswerFromStatuslint() throws Exception {
    try (TestUpstream up = new TestUpstream().answer("/ok", 200, "text/plain", "ok");
        ProxyHarness p = new ProxyHarness(up.url())) {
      try (RawClient c = new RawClient(p.port())) {
        assertThat(c.send("\u0001\u0002 nonsense\r\n\r\n").readToEnd()).startsWith("HTTP/1.1 400 Bad Request");
      }
      try (RawClient c = new RawClient(p.port())) {
        String r = c.send("GET /ok HTTP/1.1\r\nHost: x\r\nX-Big: " + "a".repeat(70_000) + "\r\n\r\n").readToEnd();
        assertThat(r).startsWith("HTTP/1.1 431");
      }
      try (RawClient c = new RawClient(p.port())) {
        // Request smuggling shape: both framings at once is refused (RFC 9112 §6.3).
        String r = c.send("POST /ok HTTP/1.1\r\nHost: x\r\nContent-Length: 4\r\nTransfer-Encoding: chunked\r\n\r\n"
            + "0\r\n\r\n").readToEnd();
        assertThat(r).startsWith("HTTP/1.1 400");
      }
      assertThat(up.received).isEmpty();
      assertThat(get(p.url() + "/ok").body()).isEqualTo("ok");
    }
  }

  private HttpResponse<String> get(String url) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
        HttpResponse.BodyHandlers.ofString());
  }
}
