package io.statuslint.proxy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ExecutorService;

/** A real HTTP server on 127.0.0.1 (the JDK's) that plays the upstream API in tests. */
final class TestUpstream implements AutoCloseable {

  /** What the upstream received. */
  record Received(String method, String uri, com.sun.net.httpserver.Headers headers, byte[] body) {}

  final HttpServer server;
  private final ExecutorService pool = Executors.newFixedThreadPool(8);
  final List<Received> received = new CopyOnWriteArrayList<>();

  TestUpstream() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 128);
    server.setExecutor(pool);
    server.start();
  }

  TestUpstream route(String path, HttpHandler handler) {
    server.createContext(path, x -> {
      try {
        handler.handle(x);
      } finally {
        x.close();
      }
    });
    return this;
  }

  /** A route that records the request and answers {@code status} with {@code body} and header pairs. */
  TestUpstream answer(String path, int status, String contentType, String body, String... headerPairs) {
    return route(path, x -> {
      byte[] in = readAll(x.getRequestBody());
      received.add(new Received(x.getRequestMethod(), x.getRequestURI().toString(), x.getRequestHeaders(), in));
      if (contentType != null) {
        x.getResponseHeaders().add("Content-Type", contentType);
      }
      for (int i = 0; i < headerPairs.length; i += 2) {
        x.getResponseHeaders().add(headerPairs[i], headerPairs[i + 1]);
      }
      byte[] out = body == null ? new byte[0] : body.getBytes(java.nio.charset.StandardCharsets.UTF_8);
      boolean bodiless = status == 204 || status == 304 || x.getRequestMethod().equals("HEAD");
      x.sendResponseHeaders(status, bodiless || out.length == 0 ? -1 : out.length);
      if (!bodiless && out.length > 0) {
        x.getResponseBody().write(out);
      }
    });
  }

  static byte[] readAll(InputStream in) throws IOException {
    return in.readAllBytes();
  }

  static void drain(HttpExchange x) throws IOException {
    x.getRequestBody().transferTo(java.io.OutputStream.nullOutputStream());
  }

  String url() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }
}
