package io.statuslint.cli.demo;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * A small order API on 127.0.0.1 that makes the mistakes real teams make: a 201 without Location, a
 * 429 without Retry-After, a 200 that carries an error, a 500 that leaks a stack trace, and so on.
 * It is a real HTTP server (the JDK's), so the demo exercises the same path as recorded traffic.
 */
public final class DemoApi implements AutoCloseable {

  private final HttpServer server;
  private final ExecutorService executor;

  private DemoApi(HttpServer server, ExecutorService executor) {
    this.server = server;
    this.executor = executor;
  }

  /** Starts the API on a free loopback port. */
  public static DemoApi start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 64);
    ExecutorService executor = Executors.newFixedThreadPool(4, r -> {
      Thread t = new Thread(r, "statuslint-demo-api");
      t.setDaemon(true);
      return t;
    });
    server.setExecutor(executor);
    server.createContext("/", DemoApi::route);
    server.start();
    return new DemoApi(server, executor);
  }

  /** {@code http://127.0.0.1:PORT}. */
  public String baseUrl() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    executor.shutdownNow();
  }

  private static void route(HttpExchange ex) throws IOException {
    try (InputStream in = ex.getRequestBody()) {
      in.readAllBytes();
    }
    String method = ex.getRequestMethod();
    String path = ex.getRequestURI().getPath();
    String key = method + " " + path;
    switch (key) {
      case "GET /orders" -> {
        // The probe finds the order through this link (it is given only /orders).
        ex.getResponseHeaders().add("Link", "</orders/42>; rel=\"item\"");
        json(ex, 200, "{\"orders\":[{\"id\":42,\"status\":\"shipped\"}],\"next\":null}");
      }
      case "GET /orders/42" -> {
        if (ex.getRequestHeaders().containsKey("If-None-Match")) {
          ex.getResponseHeaders().add("ETag", "\"v7\"");
          send(ex, 304, null, null);
        } else {
          ex.getResponseHeaders().add("ETag", "\"v7\"");
          json(ex, 200, "{\"id\":42,\"status\":\"failed\",\"reason\":\"card declined\"}");
        }
      }
      // Mistake: the order does not exist, but the status says all is well.
      case "GET /orders/999" -> json(ex, 200, "{\"success\":false,\"error\":\"Order 999 not found\"}");
      // Mistake: created, but where?
      case "POST /orders" -> json(ex, 201, "{\"id\":43}");
      // Mistake: the duplicate deserves a 409.
      case "POST /orders/import" -> json(ex, 400, "{\"message\":\"Order with this reference already exists\"}");
      // Fine: deleted, nothing to say.
      case "DELETE /orders/42" -> send(ex, 204, null, null);
      // Mistake: 205 tells the client to reset its form, yet sends content.
      case "POST /feedback" -> send(ex, 205, "text/plain", "Thanks for your feedback!");
      // Mistake: 405 without Allow.
      case "PUT /orders" -> problem(ex, 405, "Method Not Allowed", "PUT is not supported on /orders");
      // Mistake: rate limited, but when may the client come back?
      case "GET /search" -> problem(ex, 429, "Too Many Requests", "Slow down");
      // Mistake: 401 without a challenge.
      case "GET /admin/reports" -> problem(ex, 401, "Unauthorized", "Sign in first");
      // Mistake: a stack trace in the error body.
      case "GET /reports/7" -> send(ex, 500, "text/plain",
          "java.lang.NullPointerException: Cannot invoke \"com.acme.Report.total()\" because \"report\" is null\n"
              + "\tat com.acme.reports.ReportService.render(ReportService.java:88)\n"
              + "\tat com.acme.reports.ReportController.get(ReportController.java:41)\n");
      // Mistake: a 302 answering a POST may come back as a GET.
      case "POST /checkout" -> {
        ex.getResponseHeaders().add("Location", "/checkout/done");
        send(ex, 302, null, null);
      }
      // Mistake: a permanent redirect that says nowhere to go.
      case "GET /v1/orders" -> send(ex, 301, null, null);
      // Mistake: an April Fools' code in production.
      case "GET /coffee" -> problem(ex, 418, "I'm a teapot", "No coffee here");
      // Mistake: a code that is not registered at all.
      case "GET /status" -> json(ex, 299, "{\"status\":\"degraded\"}");
      // Mistake: 304 for a request that had nothing to compare.
      case "GET /catalog" -> send(ex, 304, null, null);
      // Fine: 503 with Retry-After.
      case "GET /maintenance" -> {
        ex.getResponseHeaders().add("Retry-After", "120");
        problem(ex, 503, "Service Unavailable", "Back in two minutes");
      }
      // Mistakes the probe finds: HEAD and unknown methods are routed like unknown paths, so a path
      // that GET finds answers them 404 instead of GET's status and 405 with Allow.
      default -> problem(ex, 404, "Not Found", "No such resource");
    }
  }

  private static void json(HttpExchange ex, int status, String body) throws IOException {
    send(ex, status, "application/json", body);
  }

  private static void problem(HttpExchange ex, int status, String title, String detail) throws IOException {
    send(ex, status, "application/problem+json",
        "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":" + status + ",\"detail\":\"" + detail + "\"}");
  }

  private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    if (contentType != null) {
      ex.getResponseHeaders().add("Content-Type", contentType);
    }
    // The JDK server never sends content for HEAD, and warns when a length is given: give none.
    boolean bodiless = bytes.length == 0 || ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, bodiless ? -1 : bytes.length);
    if (!bodiless) {
      try (OutputStream os = ex.getResponseBody()) {
        os.write(bytes);
      }
    } else {
      ex.close();
    }
  }
}
