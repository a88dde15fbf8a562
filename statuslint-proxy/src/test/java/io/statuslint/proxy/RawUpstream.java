package io.statuslint.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * An upstream that answers with scripted bytes, for what a well-behaved server library will not send:
 * a 204 with Content-Length, a reset half-way, a response that never comes.
 */
final class RawUpstream implements AutoCloseable {

  /** Answers one request on a connection: read {@code head}, write whatever it likes. */
  interface Script {
    void answer(String head, InputStream in, OutputStream out, Socket socket) throws Exception;
  }

  private final ServerSocket server;
  private final ExecutorService pool = Executors.newCachedThreadPool();
  final AtomicInteger connections = new AtomicInteger();
  final AtomicInteger requests = new AtomicInteger();

  RawUpstream(Script script) throws IOException {
    server = new ServerSocket(0, 64, InetAddress.getLoopbackAddress());
    pool.execute(() -> {
      while (!server.isClosed()) {
        try {
          Socket s = server.accept();
          connections.incrementAndGet();
          pool.execute(() -> serve(s, script));
        } catch (IOException closed) {
          return;
        }
      }
    });
  }

  private void serve(Socket s, Script script) {
    try (s) {
      InputStream in = s.getInputStream();
      OutputStream out = s.getOutputStream();
      while (true) {
        String head = readHead(in);
        if (head == null) {
          return;
        }
        requests.incrementAndGet();
        script.answer(head, in, out, s);
        out.flush();
        if (s.isClosed()) {
          return;
        }
      }
    } catch (Exception gone) {
      // The proxy hung up: fine for these tests.
    }
  }

  static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int state = 0;
    int c;
    while ((c = in.read()) >= 0) {
      b.write(c);
      state = (c == '\r' && (state == 0 || state == 2)) ? state + 1 : (c == '\n' && (state == 1 || state == 3)) ? state + 1 : 0;
      if (state == 4) {
        return b.toString(StandardCharsets.ISO_8859_1);
      }
    }
    return null;
  }

  int port() {
    return server.getLocalPort();
  }

  String url() {
    return "http://127.0.0.1:" + port();
  }

  @Override
  public void close() throws IOException {
    server.close();
    pool.shutdownNow();
  }
}
