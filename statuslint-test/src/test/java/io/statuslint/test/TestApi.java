package io.statuslint.test;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;

/**
 * A real HTTP server on 127.0.0.1 (the JDK's) with a few endpoints that follow the status guide and a
 * few that break it with rules that are built in.
 */
public final class TestApi implements AutoCloseable {

  private final HttpServer server;

  private TestApi(HttpServer server) {
    this.server = server;
  }

  public static TestApi start() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    // Clean: a resource, and a creation that says where the new resource is.
    server.createContext("/orders/42", ex -> send(ex, 200, "application/json", "{\"id\":42,\"item\":\"book\"}"));
    server.createContext("/orders/created", ex -> {
      ex.getResponseHeaders().add("Location", "/orders/43");
      send(ex, 201, "application/json", "{\"id\":43}");
    });
    // Broken: 201 without Location (created-location, a warning) ...
    server.createContext("/orders/lost", ex -> send(ex, 201, "application/json", "{\"id\":44}"));
    // ... and 418 for a real error (status-teapot, an error).
    server.createContext("/teapot", ex -> send(ex, 418, "application/problem+json",
        "{\"title\":\"I'm a teapot\",\"status\":418}"));
    server.start();
    return new TestApi(server);
  }

  public URI uri(String path) {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + path);
  }

  private static void send(HttpExchange ex, int status, String contentType, String body) throws IOException {
    ex.getRequestBody().readAllBytes();
    if (contentType != null) {
      ex.getResponseHeaders().add("Content-Type", contentType);
    }
    byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
    boolean bodiless = bytes.length == 0 || ex.getRequestMethod().equals("HEAD");
    ex.sendResponseHeaders(status, bodiless ? -1 : bytes.length);
    try (OutputStream out = ex.getResponseBody()) {
      if (!bodiless) {
        out.write(bytes);
      }
    }
  }

  @Override
  public void close() {
    server.stop(0);
  }
}
