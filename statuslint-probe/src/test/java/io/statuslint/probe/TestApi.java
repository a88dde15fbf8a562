package io.statuslint.probe;

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
import java.util.concurrent.atomic.AtomicInteger;

/** A real HTTP server (the JDK's) on 127.0.0.1 whose answers a test writes as one function. */
public final class TestApi implements AutoCloseable {

  /** Answers one request; {@link Call} carries the request and the ways to answer it. */
  @FunctionalInterface
  public interface Routes {
    void answer(Call call) throws IOException;
  }

  private final HttpServer server;
  private final ExecutorService pool;
  private final AtomicInteger requests = new AtomicInteger();

  private TestApi(HttpServer server, ExecutorService pool) {
    this.server = server;
    this.pool = pool;
  }

  public static TestApi start(Routes routes) throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 128);
    ExecutorService pool = Executors.newFixedThreadPool(8, r -> {
      Thread t = new Thread(r, "test-api");
      t.setDaemon(true);
      return t;
    });
    TestApi api = new TestApi(server, pool);
    server.setExecutor(pool);
    server.createContext("/", ex -> {
      api.requests.incrementAndGet();
      try {
        routes.answer(new Call(ex));
      } catch (RuntimeException | IOException e) {
        ex.close();
        throw e;
      }
    });
    server.start();
    return api;
  }

  public String base() {
    return "http://127.0.0.1:" + server.getAddress().getPort();
  }

  public int requests() {
    return requests.get();
  }

  @Override
  public void close() {
    server.stop(0);
    pool.shutdownNow();
  }

  /** One request, and the ways to answer it. */
  public static final class Call {
    public final HttpExchange ex;
    public final String method;
    public final String path;

    Call(HttpExchange ex) {
      this.ex = ex;
      this.method = ex.getRequestMethod();
      this.path = ex.getRequestURI().getRawPath();
    }

    public String header(String name) {
      return ex.getRequestHeaders().getFirst(name);
    }

    public boolean has(String name) {
      return ex.getRequestHeaders().containsKey(name);
    }

    /** The request content, read whole. */
    public byte[] body() throws IOException {
      try (InputStream in = ex.getRequestBody()) {
        return in.readAllBytes();
      }
    }

    /** The total size of the request's header fields. */
    public int headerBytes() {
      int n = 0;
      for (var e : ex.getRequestHeaders().entrySet()) {
        for (String v : e.getValue()) {
          n += e.getKey().length() + v.length() + 4;
        }
      }
      return n;
    }

    public Call header(String name, String value) {
      ex.getResponseHeaders().add(name, value);
      return this;
    }

    public void send(int status, String contentType, String body) throws IOException {
      byte[] bytes = body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8);
      if (contentType != null && bytes.length > 0) {
        ex.getResponseHeaders().add("Content-Type", contentType);
      }
      boolean none = bytes.length == 0 || method.equals("HEAD") || status == 204 || status == 304;
      if (method.equals("HEAD") && bytes.length > 0 && status != 204 && status != 304) {
        ex.getResponseHeaders().add("Content-Length", Integer.toString(bytes.length));
      }
      ex.sendResponseHeaders(status, none ? -1 : bytes.length);
      if (!none) {
        try (OutputStream os = ex.getResponseBody()) {
          os.write(bytes);
        }
      }
      ex.close();
    }

    public void json(int status, String body) throws IOException {
      send(status, "application/json", body);
    }

    public void problem(int status, String title, String detail) throws IOException {
      send(status, "application/problem+json", "{\"type\":\"about:blank\",\"title\":\"" + title + "\",\"status\":"
          + status + ",\"detail\":\"" + detail + "\"}");
    }

    public void empty(int status) throws IOException {
      send(status, null, null);
    }
  }
}
