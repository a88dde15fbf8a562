package io.statuslint.report;

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
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;

/**
 * A headless Chromium driven over the DevTools protocol with the JDK's WebSocket client: opens a
 * page, collects console errors, uncaught exceptions and browser log errors (CSP violations, failed
 * loads), evaluates expressions and takes screenshots. Started with the flags that keep it off the
 * network here (no component updates, sync, background networking or QUIC) and a fresh profile.
 */
final class HeadlessChromium implements AutoCloseable {

  static final Path BINARY = Path.of("/usr/bin/chromium");
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Duration TIMEOUT = Duration.ofSeconds(60);

  private final Process process;
  private final Path profile;
  private final WebSocket socket;
  private final AtomicInteger ids = new AtomicInteger();
  private final Map<Integer, CompletableFuture<JsonNode>> pending = new ConcurrentHashMap<>();
  private final List<JsonNode> events = new CopyOnWriteArrayList<>();

  HeadlessChromium(Path logDir) throws IOException, InterruptedException {
    profile = Files.createTempDirectory("statuslint-chromium-");
    Files.createDirectories(logDir);
    process = new ProcessBuilder(BINARY.toString(), "--headless", "--no-sandbox", "--disable-gpu", "--disable-quic",
        "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--disable-default-apps", "--disable-extensions", "--mute-audio", "--hide-scrollbars",
        "--user-data-dir=" + profile, "--remote-debugging-port=0", "--remote-allow-origins=*",
        "--window-size=1280,900", "about:blank")
        .redirectErrorStream(true)
        .redirectOutput(logDir.resolve("chromium.log").toFile())
        .start();
    try {
      int port = devToolsPort();
      HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
      String pageSocket = null;
      long deadline = System.nanoTime() + TIMEOUT.toNanos();
      while (pageSocket == null && System.nanoTime() < deadline) {
        HttpResponse<String> list = http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/json/list"))
            .timeout(Duration.ofSeconds(10)).build(), HttpResponse.BodyHandlers.ofString());
        for (JsonNode target : JSON.readTree(list.body())) {
          if ("page".equals(target.path("type").asText())) {
            pageSocket = target.path("webSocketDebuggerUrl").asText();
          }
        }
        if (pageSocket == null) {
          Thread.sleep(100);
        }
      }
      if (pageSocket == null) {
        throw new IOException("Chromium opened no page target");
      }
      socket = http.newWebSocketBuilder().buildAsync(URI.create(pageSocket), new Listener())
          .get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
      send("Runtime.enable", null);
      send("Log.enable", null);
      send("Page.enable", null);
    } catch (Exception e) {
      close();
      throw new IOException("could not drive Chromium: " + e, e);
    }
  }

  /** Chromium writes the port it chose to {@code DevToolsActivePort} in the profile. */
  private int devToolsPort() throws IOException, InterruptedException {
    Path file = profile.resolve("DevToolsActivePort");
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (!process.isAlive()) {
        throw new IOException("Chromium exited with " + process.exitValue());
      }
      if (Files.exists(file)) {
        List<String> lines = Files.readAllLines(file);
        if (!lines.isEmpty() && !lines.get(0).isBlank()) {
          return Integer.parseInt(lines.get(0).trim());
        }
      }
      Thread.sleep(50);
    }
    throw new IOException("Chromium did not open its DevTools port");
  }

  private final class Listener implements WebSocket.Listener {
    private final StringBuilder buffer = new StringBuilder();

    @Override
    public CompletionStage<?> onText(WebSocket ws, CharSequence data, boolean last) {
      buffer.append(data);
      if (last) {
        try {
          JsonNode message = JSON.readTree(buffer.toString());
          if (message.has("id")) {
            CompletableFuture<JsonNode> f = pending.remove(message.get("id").asInt());
            if (f != null) {
              f.complete(message);
            }
          } else {
            events.add(message);
          }
        } catch (IOException e) {
          events.add(JSON.createObjectNode().put("method", "client.unparsable").put("text", e.toString()));
        }
        buffer.setLength(0);
      }
      ws.request(1);
      return null;
    }
  }

  JsonNode send(String method, ObjectNode params) throws Exception {
    int id = ids.incrementAndGet();
    ObjectNode message = JSON.createObjectNode().put("id", id).put("method", method);
    if (params != null) {
      message.set("params", params);
    }
    CompletableFuture<JsonNode> reply = new CompletableFuture<>();
    pending.put(id, reply);
    socket.sendText(JSON.writeValueAsString(message), true).get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    JsonNode result = reply.get(TIMEOUT.toSeconds(), TimeUnit.SECONDS);
    if (result.has("error")) {
      throw new IllegalStateException(method + " failed: " + result.get("error"));
    }
    return result.path("result");
  }

  /** Navigates to a file and waits for its load event, then a moment for late console messages. */
  void open(Path html) throws Exception {
    events.clear();
    send("Page.navigate", JSON.createObjectNode().put("url", html.toAbsolutePath().toUri().toString()));
    awaitEvent(e -> "Page.loadEventFired".equals(e.path("method").asText()));
    Thread.sleep(500);
  }

  private void awaitEvent(Predicate<JsonNode> which) throws Exception {
    long deadline = System.nanoTime() + TIMEOUT.toNanos();
    while (System.nanoTime() < deadline) {
      if (events.stream().anyMatch(which)) {
        return;
      }
      Thread.sleep(50);
    }
    throw new IllegalStateException("timed out waiting for a DevTools event");
  }

  /** The value of a JavaScript expression, evaluated in the page. */
  JsonNode evaluate(String expression) throws Exception {
    JsonNode result = send("Runtime.evaluate", JSON.createObjectNode().put("expression", expression)
        .put("returnByValue", true).put("awaitPromise", true));
    if (result.has("exceptionDetails")) {
      throw new IllegalStateException("script failed: " + result.get("exceptionDetails"));
    }
    return result.path("result").path("value");
  }

  /** Console errors and warnings, uncaught exceptions and browser log errors since the page opened. */
  List<String> problems() {
    List<String> out = new ArrayList<>();
    for (JsonNode e : events) {
      String method = e.path("method").asText();
      JsonNode p = e.path("params");
      if (method.equals("Runtime.consoleAPICalled") && p.path("type").asText().matches("error|warning|assert")) {
        out.add("console." + p.path("type").asText() + ": " + p.path("args"));
      } else if (method.equals("Runtime.exceptionThrown")) {
        out.add("exception: " + p.path("exceptionDetails"));
      } else if (method.equals("Log.entryAdded") && p.path("entry").path("level").asText().matches("error|warning")) {
        out.add("log " + p.path("entry").path("level").asText() + ": " + p.path("entry").path("text").asText());
      } else if (method.equals("client.unparsable")) {
        out.add(e.path("text").asText());
      }
    }
    return out;
  }

  /** A PNG of the whole page at 1280 px wide (at most 6000 px tall). */
  void screenshot(Path png) throws Exception {
    int height = (int) Math.min(6000, evaluate("document.documentElement.scrollHeight").asDouble());
    send("Emulation.setDeviceMetricsOverride", JSON.createObjectNode().put("width", 1280).put("height", height)
        .put("deviceScaleFactor", 1).put("mobile", false));
    JsonNode shot = send("Page.captureScreenshot", JSON.createObjectNode().put("format", "png"));
    Files.createDirectories(png.getParent());
    Files.write(png, Base64.getDecoder().decode(shot.path("data").asText()));
    send("Emulation.clearDeviceMetricsOverride", null);
  }

  @Override
  public void close() {
    if (socket != null) {
      socket.abort();
    }
    List<ProcessHandle> children = process.descendants().toList();
    process.destroy();
    try {
      if (!process.waitFor(10, TimeUnit.SECONDS)) {
        process.destroyForcibly();
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    children.forEach(ProcessHandle::destroyForcibly);
    try (Stream<Path> files = Files.walk(profile)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // A leftover temporary profile is harmless.
    }
  }
}
