package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.OutputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The proxy passes requests and responses through unaltered, apart from what RFC 9110 §7.6 asks. */
class ProxyRelayTest {

  private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

  @Test
  void forwardsStatusHeadersAndBodyAndTellsTheUpstreamItCameThroughAProxy() throws Exception {
    try (TestUpstream up = new TestUpstream()
            .answer("/orders", 201, "application/json", "{\"id\":42}", "Location", "/orders/42", "X-Trace", "a",
                "X-Trace", "b");
        ProxyHarness p = new ProxyHarness(up.url())) {
      HttpResponse<String> r = http.send(HttpRequest.newBuilder(URI.create(p.url() + "/orders?x=1"))
          .header("X-Custom", "kept").header("Authorization", "Bearer abc")
          .POST(HttpRequest.BodyPublishers.ofString("{\"item\":\"tea\"}")).build(), HttpResponse.BodyHandlers.ofString());

      assertThat(r.statusCode()).isEqualTo(201);
      assertThat(r.body()).isEqualTo("{\"id\":42}");
      assertThat(r.headers().firstValue("Location")).hasValue("/orders/42");
      assertThat(r.headers().allValues("X-Trace")).containsExactly("a", "b");
      assertThat(r.headers().firstValue("Via")).isEmpty();

      TestUpstream.Received got = up.received.get(0);
      assertThat(got.method()).isEqualTo("POST");
      assertThat(got.uri()).isEqualTo("/orders?x=1");
      assertThat(new String(got.body(), StandardCharsets.UTF_8)).isEqualTo("{\"item\":\"tea\"}");
      assertThat(got.headers().getFirst("X-Custom")).isEqualTo("kept");
      assertThat(got.headers().getFirst("Authorization")).isEqualTo("Bearer abc");
      assertThat(got.headers().getFirst("Via")).isEqualTo("1.1 statuslint");
      assertThat(got.headers().getFirst("Host")).isEqualTo("127.0.0.1:" + up.server.getAddress().getPort());
    }
  }

  @Test
  void removesHopByHopFieldsAndThoseTheConnectionHeaderNames() throws Exception {
    try (RawUpstream up = new RawUpstream((head, in, out, s) -> {
          // Kept before answering: the client may read the answer before this thread runs on.
          RECEIVED.set(head);
          out.write(("HTTP/1.1 200 Fine Thanks\r\nX-B: 1\r\nx-a: 2\r\nConnection: X-Hop\r\nX-Hop: gone\r\n"
              + "Keep-Alive: timeout=5\r\nContent-Length: 2\r\n\r\nok").getBytes(StandardCharsets.ISO_8859_1));
        });
        ProxyHarness p = new ProxyHarness(up.url());
        RawClient c = new RawClient(p.port())) {
      String r = c.send("GET /a HTTP/1.1\r\nHost: x\r\nConnection: keep-alive, X-Private\r\nX-Private: secret\r\n"
          + "Keep-Alive: 300\r\nTE: trailers\r\nProxy-Authorization: Basic eA==\r\nVia: 1.1 edge\r\nX-End: 1\r\n\r\n")
          .readResponse(false);
      // Status line with its reason phrase, field names in their spelling and order, body exact.
      assertThat(r).startsWith("HTTP/1.1 200 Fine Thanks\r\nX-B: 1\r\nx-a: 2\r\n");
      assertThat(r).doesNotContain("X-Hop").doesNotContain("Keep-Alive");
      assertThat(r).endsWith("\r\n\r\nok");
      String forwarded = RECEIVED.get();
      assertThat(forwarded).doesNotContainIgnoringCase("x-private").doesNotContainIgnoringCase("keep-alive")
          .doesNotContainIgnoringCase("\r\nte:").doesNotContainIgnoringCase("proxy-authorization");
      assertThat(forwarded).contains("X-End: 1").contains("Via: 1.1 edge\r\n").contains("Via: 1.1 statuslint\r\n");
    }
  }

  private static final java.util.concurrent.atomic.AtomicReference<String> RECEIVED =
      new java.util.concurrent.atomic.AtomicReference<>();

  @Test
  void keepsWhatLibrariesLikeToFixAndReusesOneUpstreamConnection() throws Exception {
    try (RawUpstream up = new RawUpstream((head, in, out, s) -> {
          if (head.startsWith("DELETE")) {
            out.write("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          } else if (head.startsWith("HEAD")) {
            out.write("HTTP/1.1 200 OK\r\nContent-Length: 1234\r\nContent-Type: text/plain\r\n\r\n"
                .getBytes(StandardCharsets.ISO_8859_1));
          } else {
            out.write(("HTTP/1.1 299 Custom\r\nTransfer-Encoding: chunked\r\n\r\n3\r\nabc\r\n2\r\nde\r\n0\r\n"
                + "X-Trailer: t\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
          }
        });
        ProxyHarness p = new ProxyHarness(up.url());
        RawClient c = new RawClient(p.port())) {
      String r1 = c.send("DELETE /o/1 HTTP/1.1\r\nHost: x\r\n\r\n").readResponse(false);
      assertThat(r1).isEqualTo("HTTP/1.1 204 No Content\r\nContent-Length: 0\r\n\r\n");
      String r2 = c.send("HEAD /o/1 HTTP/1.1\r\nHost: x\r\n\r\n").readResponse(true);
      assertThat(r2).contains("Content-Length: 1234");
      String r3 = c.send("GET /o/1 HTTP/1.1\r\nHost: x\r\n\r\n").readResponse(false);
      assertThat(r3).startsWith("HTTP/1.1 299 Custom\r\nTransfer-Encoding: chunked\r\n").endsWith("abcde");
      assertThat(up.connections.get()).isEqualTo(1);
      assertThat(up.requests.get()).isEqualTo(3);
    }
  }

  @Test
  void streamsLargeUploadsAndDownloadsByteForByteAndKeepsOnlyAPrefix() throws Exception {
    byte[] big = new byte[24 * 1024 * 1024];
    new Random(7).nextBytes(big);
    try (TestUpstream up = new TestUpstream()
            .route("/upload", x -> {
              byte[] got = x.getRequestBody().readAllBytes();
              byte[] answer = (got.length + " " + sha(got)).getBytes(StandardCharsets.UTF_8);
              x.sendResponseHeaders(200, answer.length);
              x.getResponseBody().write(answer);
            })
            .route("/download", x -> {
              x.getResponseHeaders().add("Content-Type", "application/octet-stream");
              x.sendResponseHeaders(200, 0);
              try (OutputStream out = x.getResponseBody()) {
                for (int i = 0; i < big.length; i += 65536) {
                  out.write(big, i, Math.min(65536, big.length - i));
                }
              }
            });
        ProxyHarness p = new ProxyHarness(up.url(), b -> b.captureBytes(4096))) {
      HttpResponse<String> sent = http.send(HttpRequest.newBuilder(URI.create(p.url() + "/upload"))
          .POST(HttpRequest.BodyPublishers.ofByteArray(big)).build(), HttpResponse.BodyHandlers.ofString());
      assertThat(sent.body()).isEqualTo(big.length + " " + sha(big));
      HttpResponse<byte[]> got = http.send(HttpRequest.newBuilder(URI.create(p.url() + "/download")).build(),
          HttpResponse.BodyHandlers.ofByteArray());
      assertThat(got.statusCode()).isEqualTo(200);
      assertThat(sha(got.body())).isEqualTo(sha(big));

      p.awaitExchanges(2);
      var upload = p.exchanges.get(0);
      assertThat(upload.request().body().bytes()).hasSize(4096);
      assertThat(upload.request().body().size()).isEqualTo(big.length);
      var download = p.exchanges.get(1);
      assertThat(download.response().body().bytes()).hasSize(4096);
      assertThat(download.response().body().state()).isEqualTo(io.statuslint.model.Body.State.TRUNCATED);
      assertThat(download.response().body().size()).isEqualTo(big.length);
    }
  }

  @Test
  void passesInterimContinueAndTheFinalAnswer() throws Exception {
    try (RawUpstream up = new RawUpstream((head, in, out, s) -> {
          out.write("HTTP/1.1 100 Continue\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
          out.flush();
          in.readNBytes(5);
          out.write("HTTP/1.1 200 OK\r\nContent-Length: 2\r\n\r\nok".getBytes(StandardCharsets.ISO_8859_1));
        });
        ProxyHarness p = new ProxyHarness(up.url());
        RawClient c = new RawClient(p.port())) {
      c.send("PUT /f HTTP/1.1\r\nHost: x\r\nExpect: 100-continue\r\nContent-Length: 5\r\n\r\n");
      String interim = c.readResponse(false);
      assertThat(interim).startsWith("HTTP/1.1 100 Continue");
      String fin = c.send("hello").readResponse(false);
      assertThat(fin).startsWith("HTTP/1.1 200 OK").endsWith("ok");
      p.awaitExchanges(1);
      assertThat(p.exchanges.get(0).response().status()).isEqualTo(200);
      assertThat(p.exchanges.get(0).request().body().text()).isEqualTo("hello");
    }
  }

  static String sha(byte[] b) {
    try {
      return java.util.HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
