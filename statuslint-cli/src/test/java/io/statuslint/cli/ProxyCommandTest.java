package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.ConnectException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProxyCommandTest {

  @Test
  void runsForTheGivenTimePrintsFindingsLiveWritesReportsAndExitsByTheFindings(@TempDir Path dir) throws Exception {
    HttpServer api = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 16);
    api.createContext("/", x -> {
      x.getResponseHeaders().add("Content-Type", "application/problem+json");
      byte[] b = "{\"status\":429}".getBytes();
      x.sendResponseHeaders(429, b.length);
      x.getResponseBody().write(b);
      x.close();
    });
    api.start();
    int port = freePort();
    Path json = dir.resolve("out.json");
    Path har = dir.resolve("traffic.har");
    try {
      CompletableFuture<CliRun> run = CompletableFuture.supplyAsync(() -> CliRun.of("proxy",
          "--upstream", "http://127.0.0.1:" + api.getAddress().getPort(), "--listen", "127.0.0.1:" + port,
          "--dashboard", "off", "--duration", "4s", "--record", har.toString(), "--format", "json=" + json));
      HttpClient http = HttpClient.newHttpClient();
      HttpResponse<String> r = null;
      for (int i = 0; i < 100 && r == null; i++) {
        try {
          r = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders/1?api_key=k3y")).build(),
              HttpResponse.BodyHandlers.ofString());
        } catch (ConnectException notYet) {
          Thread.sleep(50);
        }
      }
      assertThat(r).isNotNull();
      assertThat(r.statusCode()).isEqualTo(429);
      http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/orders/2")).build(),
          HttpResponse.BodyHandlers.ofString());

      CliRun done = run.get(30, TimeUnit.SECONDS);
      assertThat(done.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(done.err()).contains("statuslint proxy: http://127.0.0.1:" + port + " -> http://127.0.0.1:")
          .contains("recording to " + har);
      assertThat(done.out()).containsOnlyOnce("rate-limit-retry-after  GET /orders/{id} -> 429")
          .contains("2 exchanges checked").contains("429 x2");
      String report = Files.readString(json);
      assertThat(report).contains("\"rule\" : \"rate-limit-retry-after\"").contains("\"command\" : \"proxy\"")
          .doesNotContain("k3y");
      assertThat(Files.readString(har)).contains("\"entries\"").doesNotContain("k3y");

      // `statuslint check` on the recording finds what the proxy found live.
      CliRun check = CliRun.of("check", har.toString(), "--format", "ndjson");
      assertThat(check.exitCode()).isEqualTo(ExitCodes.FINDINGS);
      assertThat(check.out().lines().filter(l -> l.contains("\"rate-limit-retry-after\""))).hasSize(2);
    } finally {
      api.stop(0);
    }
  }

  @Test
  void badOptionsExitWith2() {
    assertThat(CliRun.of("proxy", "--upstream", "ftp://x").exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    CliRun listen = CliRun.of("proxy", "--upstream", "http://127.0.0.1:1", "--listen", "nowhere");
    assertThat(listen.exitCode()).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(listen.err()).contains("--listen takes HOST:PORT");
    assertThat(CliRun.of("proxy", "--upstream", "http://127.0.0.1:1", "--duration", "soon").err())
        .contains("--duration takes a time");
  }

  private static int freePort() throws Exception {
    try (ServerSocket s = new ServerSocket(0)) {
      return s.getLocalPort();
    }
  }
}
