package io.statuslint.probe.http;

import io.statuslint.model.Body;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.ProtocolException;
import org.apache.hc.core5.http.io.entity.AbstractHttpEntity;
import org.apache.hc.core5.http.message.BasicClassicHttpRequest;
import org.apache.hc.core5.http.message.BasicClassicHttpResponse;
import org.apache.hc.core5.http.message.MessageSupport;
import org.apache.hc.core5.util.Timeout;

/** One request on its own connection, from connect to the last byte read. Not thread-safe. */
final class Attempt {

  private static final int MAX_INTERIM = 20;
  private static final int MAX_STRAY_BYTES = 64 * 1024;

  private final ProbeHttpClient client;
  private final ProbeRequest request;
  private final URI uri;
  private final long started = System.nanoTime();
  private final List<HttpResponse> interim = new ArrayList<>();
  private volatile Socket socket;
  private volatile boolean expired;
  private WireConnection conn;
  private HttpRequest sentRequest;
  private ClassicHttpResponse finalHead;
  private ByteArrayOutputStream bodyRead;
  private boolean strayBytes;
  private String phase = "connecting";

  Attempt(ProbeHttpClient client, ProbeRequest request) {
    this.client = client;
    this.request = request;
    this.uri = URI.create(request.url());
  }

  /** Called by the watchdog: the deadline passed, so the socket is closed under the reader. */
  void expire() {
    expired = true;
    closeQuietly();
  }

  void closeQuietly() {
    Socket s = socket;
    if (s != null) {
      try {
        s.close();
      } catch (IOException ignored) {
        // closing is best effort
      }
    }
  }

  Sent run() {
    Headers headers = WireMessages.requestHeaders(uri, request, client.settings().userAgent());
    sentRequest = new HttpRequest(request.method(), request.url(), headers,
        WireMessages.requestBody(request.body(), client.settings().maxBodyBytes()), false);
    try {
      socket = client.connect(uri);
      if (expired) {
        closeQuietly();
      }
    } catch (IOException e) {
      return done(null, expired ? failure(e) : Failures.connect(uri, e, client.settings()));
    }
    try {
      exchange(headers);
      return done(response(false), null);
    } catch (IOException | HttpException | RuntimeException e) {
      return done(finalHead == null ? null : response(true), failure(e));
    }
  }

  private void exchange(Headers headers) throws IOException, HttpException {
    conn = new WireConnection();
    conn.bind(socket);
    BasicClassicHttpRequest wire = new BasicClassicHttpRequest(request.method(), WireMessages.target(uri));
    for (int i = 0; i < headers.size(); i++) {
      wire.addHeader(headers.name(i), headers.value(i));
    }
    RequestBody body = request.body();
    if (body != null) {
      wire.setEntity(new Content(body));
    }
    phase = "sending the request";
    IOException sendFailure = null;
    try {
      conn.sendRequestHeader(wire);
      conn.flush();
      if (body != null) {
        if (request.expectContinue()) {
          awaitContinue();
        }
        if (finalHead == null) {
          conn.sendRequestEntity(wire);
          conn.flush();
        }
      }
    } catch (AnsweredEarly early) {
      // the server answered before it had the whole body: read that answer
    } catch (IOException e) {
      // A server may refuse a request it finds too large and hang up while it is still being sent;
      // its answer can still be waiting to be read.
      sendFailure = e;
    }
    phase = "waiting for the response";
    try {
      while (finalHead == null) {
        ClassicHttpResponse head = receiveHead();
        if (isInterim(head)) {
          addInterim(head);
        } else {
          finalHead = head;
        }
      }
    } catch (IOException e) {
      if (sendFailure != null && !expired) {
        throw new Failures.ClosedWhileSending("the server closed the connection while the request was being sent, "
            + "without an answer that could be read (" + Failures.oneLine(sendFailure) + ")");
      }
      throw e;
    }
    phase = "reading the response body";
    readBody();
  }

  /** Waits briefly for the server's verdict on the headers before sending the content. */
  private void awaitContinue() throws IOException, HttpException {
    Timeout wait = Timeout.of(client.settings().continueWait());
    while (conn.isDataAvailable(wait)) {
      ClassicHttpResponse head = receiveHead();
      if (head.getCode() == 100) {
        addInterim(head);
        return;
      }
      if (!isInterim(head)) {
        finalHead = head;
        return;
      }
      addInterim(head);
    }
  }

  private ClassicHttpResponse receiveHead() throws IOException, HttpException {
    try {
      return conn.receiveResponseHeader();
    } catch (ProtocolException e) {
      // HttpCore parses a status below 100 and then refuses it: keep what the server sent.
      ClassicHttpResponse last = conn.lastHead();
      if (last != null && last.getCode() < 100) {
        return last;
      }
      throw e;
    }
  }

  /** 1xx other than 101 are interim; 101 ends HTTP on this connection, so it is final here. */
  private static boolean isInterim(ClassicHttpResponse head) {
    return head.getCode() >= 100 && head.getCode() < 200 && head.getCode() != 101;
  }

  private void addInterim(ClassicHttpResponse head) throws ProtocolException {
    if (interim.size() >= MAX_INTERIM) {
      throw new ProtocolException("more than " + MAX_INTERIM + " interim (1xx) responses");
    }
    interim.add(new HttpResponse(head.getCode(), head.getReasonPhrase(), WireMessages.headersOf(head), Body.absent()));
  }

  private void readBody() throws IOException, HttpException {
    int code = finalHead.getCode();
    if (code < 100) {
      return;
    }
    if (MessageSupport.canResponseHaveBody(request.method(), finalHead)) {
      conn.receiveResponseEntity(finalHead);
      bodyRead = new ByteArrayOutputStream();
      readInto(finalHead.getEntity(), client.settings().maxBodyBytes() + 1);
    } else if (code != 101) {
      readStrayBytes();
    }
  }

  /**
   * A 204, 304 or an answer to HEAD ends at its header section (RFC 9112 §6.3). Bytes that arrive
   * after it anyway are read (within a short wait) and kept as the response's body.
   */
  private void readStrayBytes() throws IOException, HttpException {
    Timeout wait = Timeout.of(client.settings().strayWait());
    if (!conn.isDataAvailable(wait)) {
      return;
    }
    BasicClassicHttpResponse rest = new BasicClassicHttpResponse(200);
    conn.receiveResponseEntity(rest);
    conn.setSocketTimeout(wait);
    bodyRead = new ByteArrayOutputStream();
    strayBytes = true;
    try {
      readInto(rest.getEntity(), MAX_STRAY_BYTES);
    } catch (SocketTimeoutException quietAfterTheBytes) {
      // the server sent its stray bytes and then kept the connection open: that is all there is
    }
  }

  private void readInto(HttpEntity entity, int max) throws IOException {
    if (entity == null) {
      return;
    }
    byte[] buf = new byte[8192];
    try (InputStream in = entity.getContent()) {
      int n;
      while (bodyRead.size() < max && (n = in.read(buf, 0, Math.min(buf.length, max - bodyRead.size()))) >= 0) {
        bodyRead.write(buf, 0, n);
      }
    }
  }

  private HttpResponse response(boolean incomplete) {
    Headers headers = WireMessages.headersOf(finalHead);
    Body body = WireMessages.responseBody(finalHead.getCode(), headers,
        bodyRead == null ? null : bodyRead.toByteArray(), strayBytes, incomplete, client.settings().maxBodyBytes());
    return new HttpResponse(finalHead.getCode(), finalHead.getReasonPhrase(), headers, body);
  }

  private TransportFailure failure(Exception e) {
    return Failures.of(e, expired, finalHead != null, phase, client.settings().requestTimeout());
  }

  private Sent done(HttpResponse response, TransportFailure failure) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Sent(sentRequest, response, interim, strayBytes, failure, millis);
  }

  /** Signals that the server spoke while the body was being sent. */
  private static final class AnsweredEarly extends IOException {
    private static final long serialVersionUID = 1L;

    AnsweredEarly() {
      super("the server answered before the request body was complete", null);
    }
  }

  /** The request content as HttpCore streams it; a generated body stops once the server answers. */
  private final class Content extends AbstractHttpEntity {
    private final RequestBody body;

    Content(RequestBody body) {
      super(body.contentType(), null);
      this.body = body;
    }

    @Override
    public long getContentLength() {
      return body.length();
    }

    @Override
    public InputStream getContent() {
      throw new UnsupportedOperationException("streamed only");
    }

    @Override
    public boolean isStreaming() {
      return false;
    }

    @Override
    public void writeTo(OutputStream out) throws IOException {
      body.writeTo(out, written -> {
        if (conn.isDataAvailable(Timeout.ofMilliseconds(1))) {
          throw new AnsweredEarly();
        }
      });
    }

    @Override
    public void close() {
      // nothing held
    }
  }
}
