package io.statuslint.proxy;

import static org.junit.jupiter.api.Assertions.fail;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.WebSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

/**
 * Headless Chromium driven over the DevTools protocol (java.net.http's WebSocket client), for
 * tests that must see what a person's browser does with the dashboard. Skips the test when Chromium
 * is not installed, unless {@code -Dstatuslint.requireTools=true} (CI), where that is a failure.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path CHROMIUM = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final Process process;
  private final Path profile;
  private final WebSocket page;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> calls = new ConcurrentHashMap<>();

  static HeadlessChromium startOrSkip() throws Exception {
    if (!Files.isExecutable(CHROMIUM)) {
      String why = CHROMIUM + " is missing (apt-get install chromium): the dashboard browser test cannot run";
      if (Boolean.getBoolean("statuslint.requireTools")) {
        fail(why);
      }
      assumeTrue(false, "SKIPPED: " + why);
    }
    return new HeadlessChromium();
  }

  private HeadlessChromium() throws Exception {
    profile = Files.createTempDirectory("statuslint-chromium");
    process = new ProcessBuilder(List.of(CHROMIUM.toString(), "--headless", "--no-sandbox", "--disable-gpu",
        "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
        "--disable-sync", "--disable-dev-shm-usage", "--user-data-dir=" + profile, "--remote-debugging-port=0",
        "about:blank"))
        .redirectErrorStream(true).redirectOutput(profile.resolve("chromium.log").toFile()).start();
    Path portFile = profile.resolve("DevToolsActivePort");
    long end = System.nanoTime() + Duration.ofSeconds(30).toNanos();
    while (!Files.exists(portFile) || Files.readAllLines(portFile).isEmpty()) {
      if (System.nanoTime() > end || !process.isAlive()) {
        throw new IllegalStateException("Chromium did not start: " + Files.readString(profile.resolve("chromium.log")));
      }
      Thread.sleep(50);
    }
    int port = Integer.parseInt(Files.readAllLines(portFile).get(0).trim());
    HttpClient http = HttpClient.newHttpClient();
    String pageWs = null;
    while (pageWs == null && System.nanoTime() < end) {
      JsonNode targets = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port
          + "/json/list")).build(), HttpResponse.BodyHandlers.ofString()).body());
      for (JsonNode t : targets) {
        if (t.path("type").asText().equals("page")) {
          pageWs = t.path("webSocketDebuggerUrl").asText();
        }
      }
      Thread.sleep(50);
    }
    StringBuilder partial = new StringBuilder();
    page = http.newWebSocketBuilder().buildAsync(URI.create(pageWs), new WebSocket.Listener() {
      @Override
      public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
        partial.append(data);
        if (last) {
          onMessage(partial.toString());
          partial.setLength(0);
        }
        ws.request(1);
        return null;
      }
    }).get(10, TimeUnit.SECONDS);
  }

  private void onMessage(String text) {
    try {
      JsonNode m = JSON.readTree(text);
      if (m.has("id")) {
        CompletableFuture<JsonNode> f = calls.remove(m.get("id").asInt());
        if (f != null) {
          f.complete(m);
        }
      }
    } catch (IOException ignored) {
      // not ours
    }
  }

  JsonNode call(String method, Map<String, Object> params) throws Exception {
    int id = ids.incrementAndGet();
    CompletableFuture<JsonNode> f = new CompletableFuture<>();
    calls.put(id, f);
    ObjectNode msg = JSON.createObjectNode().put("id", id).put("method", method);
    msg.set("params", JSON.valueToTree(params));
    page.sendText(JSON.writeValueAsString(msg), true).get(5, TimeUnit.SECONDS);
    JsonNode r = f.get(15, TimeUnit.SECONDS);
    if (r.has("error")) {
      throw new IllegalStateException(method + ": " + r.get("error"));
    }
    return r.get("result");
  }

  void navigate(String url) throws Exception {
    call("Page.navigate", Map.of("url", url));
    waitFor("document.readyState", "complete"::equals);
  }

  /** Evaluates a JavaScript expression in the page and returns its value as text. */
  String eval(String expression) throws Exception {
    JsonNode r = call("Runtime.evaluate", Map.of("expression", expression, "returnByValue", true));
    return r.path("result").path("value").asText(r.path("result").path("type").asText());
  }

  /** Polls {@code expression} until its value satisfies {@code ok}; returns the last value. */
  String waitFor(String expression, Predicate<String> ok) throws Exception {
    long end = System.nanoTime() + Duration.ofSeconds(15).toNanos();
    String v = eval(expression);
    while (!ok.test(v) && System.nanoTime() < end) {
      Thread.sleep(100);
      v = eval(expression);
    }
    return v;
  }

  @Override
  public void close() throws Exception {
    page.abort();
    process.destroy();
    if (!process.waitFor(5, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
    try (var files = Files.walk(profile)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }
}
