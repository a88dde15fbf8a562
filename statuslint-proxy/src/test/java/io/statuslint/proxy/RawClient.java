package io.statuslint.proxy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

/** Sends exact bytes to the proxy and reads exact bytes back: what java.net.http would normalise. */
final class RawClient implements AutoCloseable {

  final Socket socket;

  RawClient(int port) throws IOException {
    socket = new Socket(InetAddress.getLoopbackAddress(), port);
    socket.setSoTimeout(10_000);
  }

  RawClient send(String text) throws IOException {
    socket.getOutputStream().write(text.getBytes(StandardCharsets.ISO_8859_1));
    socket.getOutputStream().flush();
    return this;
  }

  /** Reads one response: its head, then a Content-Length or chunked body (none for HEAD/204/304). */
  String readResponse(boolean head) throws IOException {
    InputStream in = socket.getInputStream();
    String h = RawUpstream.readHead(in);
    if (h == null) {
      return null;
    }
    String lower = h.toLowerCase();
    int status = Integer.parseInt(h.substring(9, 12));
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    if (!head && status != 204 && status != 304 && status >= 200) {
      int cl = lower.indexOf("\r\ncontent-length:");
      if (lower.contains("transfer-encoding: chunked")) {
        while (true) {
          String size = line(in).trim();
          int n = Integer.parseInt(size, 16);
          if (n == 0) {
            line(in);
            break;
          }
          body.write(in.readNBytes(n));
          line(in);
        }
        return h + body.toString(StandardCharsets.ISO_8859_1);
      } else if (cl >= 0) {
        int end = lower.indexOf("\r\n", cl + 2);
        int n = Integer.parseInt(h.substring(cl + 17, end).trim());
        body.write(in.readNBytes(n));
      } else {
        body.write(in.readAllBytes());
      }
    }
    return h + body.toString(StandardCharsets.ISO_8859_1);
  }

  /** Everything until the proxy closes the connection. */
  String readToEnd() throws IOException {
    return new String(socket.getInputStream().readAllBytes(), StandardCharsets.ISO_8859_1);
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    int c;
    while ((c = in.read()) >= 0 && c != '\n') {
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }

  @Override
  public void close() throws IOException {
    socket.close();
  }
}
