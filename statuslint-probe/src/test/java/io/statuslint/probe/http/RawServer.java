package io.statuslint.probe.http;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Function;

/**
 * A TCP server on 127.0.0.1 that answers with exactly the bytes a test scripts: what no conforming
 * HTTP server would send (bytes after a 204, status 999, interim responses, a stall). Test fixture
 * only: it reads a request head by looking for the blank line, nothing more.
 */
public final class RawServer implements AutoCloseable {

  /** What to do after the scripted bytes. */
  public enum Then { CLOSE, HOLD, TRICKLE }

  /** The bytes to send and what to do next; TRICKLE sends {@code bytes} one every 200 ms. */
  public record Reply(String bytes, Then then) {
    public static Reply close(String bytes) {
      return new Reply(bytes, Then.CLOSE);
    }

    public static Reply hold(String bytes) {
      return new Reply(bytes, Then.HOLD);
    }
  }

  private final ServerSocket server;
  private final Function<String, Reply> script;
  private final List<Socket> open = new CopyOnWriteArrayList<>();
  private final List<String> heads = new CopyOnWriteArrayList<>();
  private volatile boolean closed;

  private RawServer(ServerSocket server, Function<String, Reply> script) {
    this.server = server;
    this.script = script;
  }

  /** {@code script} gets the request head (request line and fields) and returns the reply. */
  public static RawServer start(Function<String, Reply> script) throws IOException {
    RawServer s = new RawServer(new ServerSocket(0, 50, InetAddress.getLoopbackAddress()), script);
    Thread t = new Thread(s::acceptLoop, "raw-server");
    t.setDaemon(true);
    t.start();
    return s;
  }

  public String base() {
    return "http://127.0.0.1:" + server.getLocalPort();
  }

  public int port() {
    return server.getLocalPort();
  }

  public List<String> heads() {
    return heads;
  }

  private void acceptLoop() {
    while (!closed) {
      try {
        Socket s = server.accept();
        open.add(s);
        Thread t = new Thread(() -> serve(s), "raw-server-conn");
        t.setDaemon(true);
        t.start();
      } catch (IOException e) {
        return;
      }
    }
  }

  private void serve(Socket s) {
    try {
      s.setSoTimeout(5000);
      String head = readHead(s.getInputStream());
      heads.add(head);
      Reply r = script.apply(head);
      OutputStream out = s.getOutputStream();
      if (r.then() == Then.TRICKLE) {
        for (byte b : r.bytes().getBytes(StandardCharsets.ISO_8859_1)) {
          out.write(b);
          out.flush();
          Thread.sleep(200);
        }
      } else {
        out.write(r.bytes().getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
      }
      if (r.then() == Then.CLOSE) {
        s.close();
      }
    } catch (IOException | InterruptedException e) {
      // the client went away
    }
  }

  private static String readHead(InputStream in) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    int c;
    while ((c = in.read()) >= 0 && b.size() < 128 * 1024) {
      b.write(c);
      byte[] a = b.toByteArray();
      int n = a.length;
      if (n >= 4 && a[n - 4] == '\r' && a[n - 3] == '\n' && a[n - 2] == '\r' && a[n - 1] == '\n') {
        break;
      }
    }
    return b.toString(StandardCharsets.ISO_8859_1);
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    for (Socket s : open) {
      s.close();
    }
  }
}
