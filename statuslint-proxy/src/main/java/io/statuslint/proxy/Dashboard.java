package io.statuslint.proxy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * The live dashboard: one self-contained page (no external assets) fed by server-sent events, on its
 * own loopback port. Everything that came from traffic is put on the page as text (the script uses
 * textContent only), and a strict Content-Security-Policy allows exactly the page's own inline script
 * and style by hash and connections back to this server: hostile content in recorded traffic cannot
 * run. Requests whose Host is not this server's are refused, so a web page cannot read the dashboard
 * through DNS rebinding.
 */
final class Dashboard implements AutoCloseable {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String PAGE = loadPage();
  private static final String CSP = "default-src 'none'; script-src '" + sha256(between(PAGE, "<script>", "</script>"))
      + "'; style-src '" + sha256(between(PAGE, "<style>", "</style>")) + "'; connect-src 'self'; img-src 'none'; "
      + "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

  private final HttpServer server;
  private final ExecutorService handlers;
  private final ScheduledExecutorService ticker;
  private final SseHub hub;
  private final LiveBoard board;
  private final Map<String, Object> about;
  private final Set<String> hosts;

  private Dashboard(HttpServer server, LiveBoard board, Map<String, Object> about, Set<String> hosts) {
    this.server = server;
    this.board = board;
    this.about = about;
    this.hosts = hosts;
    this.hub = new SseHub(32);
    this.handlers = Executors.newFixedThreadPool(40, r -> {
      Thread t = new Thread(r, "statuslint-dashboard");
      t.setDaemon(true);
      return t;
    });
    this.ticker = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "statuslint-dashboard-ticker");
      t.setDaemon(true);
      return t;
    });
  }

  /** Starts the dashboard on {@code address}; {@code about} describes the session (upstream, listen). */
  static Dashboard start(InetSocketAddress address, LiveBoard board, Map<String, Object> about) throws IOException {
    HttpServer server = HttpServer.create(address, 64);
    int port = server.getAddress().getPort();
    InetAddress a = server.getAddress().getAddress();
    String host = a.getHostAddress().contains(":") ? "[" + a.getHostAddress() + "]" : a.getHostAddress();
    Set<String> hosts = new java.util.HashSet<>(
        List.of(host + ":" + port, "localhost:" + port, "127.0.0.1:" + port, "[::1]:" + port));
    Dashboard d = new Dashboard(server, board, about, hosts);
    server.createContext("/", d::handle);
    server.setExecutor(d.handlers);
    server.start();
    board.watch(e -> d.hub.broadcast("finding", d.json(e)));
    long[] seen = {-1};
    d.ticker.scheduleWithFixedDelay(() -> {
      long v = board.version();
      if (v != seen[0]) {
        seen[0] = v;
        d.hub.broadcast("stats", d.json(d.stats()));
      }
    }, 250, 250, TimeUnit.MILLISECONDS);
    return d;
  }

  InetSocketAddress address() {
    return server.getAddress();
  }

  private void handle(HttpExchange x) throws IOException {
    try {
      String host = x.getRequestHeaders().getFirst("Host");
      if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
        send(x, 421, "application/problem+json", problem(421, "Misdirected Request",
            "the statuslint dashboard answers only to its own loopback address"));
        return;
      }
      String method = x.getRequestMethod();
      if (!method.equals("GET") && !method.equals("HEAD")) {
        x.getResponseHeaders().set("Allow", "GET, HEAD");
        send(x, 405, "application/problem+json", problem(405, "Method Not Allowed", "the dashboard is read-only"));
        return;
      }
      switch (x.getRequestURI().getPath()) {
        case "/":
          x.getResponseHeaders().set("Content-Security-Policy", CSP);
          send(x, 200, "text/html; charset=utf-8", PAGE);
          break;
        case "/state":
          send(x, 200, "application/json", json(state()));
          break;
        case "/events":
          events(x);
          break;
        default:
          send(x, 404, "application/problem+json", problem(404, "Not Found", "the dashboard has /, /state and /events"));
      }
    } finally {
      x.close();
    }
  }

  private void events(HttpExchange x) throws IOException {
    SseHub.Client client = hub.join();
    if (client == null) {
      x.getResponseHeaders().set("Retry-After", "5");
      send(x, 503, "application/problem+json", problem(503, "Service Unavailable", "too many dashboard tabs are open"));
      return;
    }
    try {
      headers(x, "text/event-stream; charset=utf-8");
      x.sendResponseHeaders(200, 0);
      OutputStream out = x.getResponseBody();
      out.write(("retry: 2000\n\n" + SseHub.event("state", json(state()))).getBytes(StandardCharsets.UTF_8));
      out.flush();
      client.pump(out, hub);
    } catch (IOException gone) {
      // The tab was closed.
    } finally {
      hub.leave(client);
    }
  }

  private Map<String, Object> state() {
    Map<String, Object> m = new LinkedHashMap<>(about);
    m.put("stats", stats());
    m.put("findings", board.snapshot().distinct());
    return m;
  }

  private Map<String, Object> stats() {
    LiveBoard.Snapshot s = board.snapshot();
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("exchanges", s.exchanges());
    m.put("findings", s.findings());
    m.put("statuses", s.statuses());
    m.put("rules", s.rules());
    m.put("severities", s.ruleSeverities());
    m.put("endpoints", s.endpoints());
    Map<String, Long> counts = new LinkedHashMap<>();
    for (LiveBoard.Entry e : s.distinct()) {
      counts.put(e.key(), e.count());
    }
    m.put("counts", counts);
    return m;
  }

  private String json(Object o) {
    try {
      return JSON.writeValueAsString(o);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String problem(int status, String title, String detail) {
    return "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail
        + "\"}";
  }

  private static void headers(HttpExchange x, String type) {
    x.getResponseHeaders().set("Content-Type", type);
    x.getResponseHeaders().set("Cache-Control", "no-store");
    x.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
    x.getResponseHeaders().set("Referrer-Policy", "no-referrer");
    x.getResponseHeaders().set("X-Frame-Options", "DENY");
  }

  private static void send(HttpExchange x, int status, String type, String body) throws IOException {
    headers(x, type);
    byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
    boolean head = x.getRequestMethod().equals("HEAD");
    x.sendResponseHeaders(status, head ? -1 : bytes.length);
    if (!head) {
      x.getResponseBody().write(bytes);
    }
  }

  @Override
  public void close() {
    ticker.shutdownNow();
    hub.closeAll();
    server.stop(0);
    handlers.shutdownNow();
  }

  private static String loadPage() {
    try (InputStream in = Dashboard.class.getResourceAsStream("dashboard.html")) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException | NullPointerException e) {
      throw new IllegalStateException("dashboard.html is missing from the jar", e);
    }
  }

  private static String between(String s, String open, String close) {
    int i = s.indexOf(open);
    int j = s.indexOf(close, i);
    return s.substring(i + open.length(), j);
  }

  static String sha256(String text) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
      return "sha256-" + Base64.getEncoder().encodeToString(d);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
