package io.statuslint.probe.http;

import io.statuslint.model.Body;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import io.statuslint.probe.http.TransportFailure.Kind;
import io.statuslint.traffic.BodyDecoder;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.ConnectException;
import java.net.Socket;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import javax.net.ssl.SSLException;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.NoHttpResponseException;
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
  private static final BodyDecoder DECODER = new BodyDecoder(64L * 1024 * 1024, 1024 * 1024);

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
    Headers headers = requestHeaders();
    sentRequest = new HttpRequest(request.method(), request.url(), headers, requestBodyRecord(), false);
    try {
      socket = client.connect(uri);
      if (expired) {
        closeQuietly();
      }
    } catch (IOException e) {
      return done(null, expired ? timeout() : connectFailure(uri, e, client.settings()));
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
    BasicClassicHttpRequest wire = new BasicClassicHttpRequest(request.method(), target());
    for (int i = 0; i < headers.size(); i++) {
      wire.addHeader(headers.name(i), headers.value(i));
    }
    RequestBody body = request.body();
    if (body != null) {
      wire.setEntity(new Content(body));
    }
    phase = "sending the request";
    conn.sendRequestHeader(wire);
    conn.flush();
    IOException sendFailure = null;
    if (body != null) {
      if (request.expectContinue()) {
        awaitContinue();
      }
      if (finalHead == null) {
        try {
          conn.sendRequestEntity(wire);
          conn.flush();
        } catch (AnsweredEarly early) {
          // the server answered before it had the whole body: read that answer
        } catch (IOException e) {
          sendFailure = e;
        }
      }
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
      if (sendFailure != null) {
        throw new ConnectionClosedException("the server closed the connection while the "
            + body.length() + "-byte request body was being sent, without answering");
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
    interim.add(new HttpResponse(head.getCode(), head.getReasonPhrase(), headersOf(head), Body.absent()));
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
    Headers headers = headersOf(finalHead);
    return new HttpResponse(finalHead.getCode(), finalHead.getReasonPhrase(), headers, responseBody(headers, incomplete));
  }

  private Body responseBody(Headers headers, boolean incomplete) {
    if (finalHead.getCode() < 100) {
      return Body.unknown();
    }
    if (bodyRead == null) {
      return incomplete ? Body.unknown() : Body.absent();
    }
    byte[] bytes = bodyRead.toByteArray();
    String contentType = headers.first("Content-Type");
    long declared = declaredLength(headers);
    int max = client.settings().maxBodyBytes();
    if (strayBytes) {
      return Body.ofBytes(bytes, MediaTypes.charset(contentType));
    }
    String coding = String.join(", ", headers.all("Content-Encoding"));
    boolean truncated = incomplete || bytes.length > max;
    if (truncated) {
      byte[] kept = bytes.length > max ? java.util.Arrays.copyOf(bytes, max) : bytes;
      if (kept.length == 0) {
        return Body.unknown();
      }
      return BodyDecoder.isIdentity(coding) ? Body.truncated(kept, declared, MediaTypes.charset(contentType))
          : Body.unknown();
    }
    if (!BodyDecoder.isIdentity(coding) && BodyDecoder.supports(coding)) {
      return DECODER.decode(bytes, coding, MediaTypes.charset(contentType));
    }
    return Body.ofBytes(bytes, MediaTypes.charset(contentType));
  }

  private static long declaredLength(Headers headers) {
    String cl = headers.first("Content-Length");
    try {
      return cl == null ? -1 : Long.parseLong(cl.trim());
    } catch (NumberFormatException e) {
      return -1;
    }
  }

  private Sent done(HttpResponse response, TransportFailure failure) {
    long millis = (System.nanoTime() - started) / 1_000_000;
    return new Sent(sentRequest, response, interim, strayBytes, failure, millis);
  }

  private TransportFailure failure(Exception e) {
    if (expired) {
      return timeout();
    }
    if (e instanceof SocketTimeoutException) {
      return new TransportFailure(Kind.TIMEOUT, "no data for " + seconds() + " while " + phase);
    }
    if (e instanceof NoHttpResponseException) {
      return new TransportFailure(Kind.CLOSED, "the server closed the connection without answering");
    }
    if (e instanceof ConnectionClosedException) {
      return new TransportFailure(Kind.CLOSED, "the server closed the connection while " + phase + ": "
          + oneLine(e));
    }
    if (e instanceof SSLException) {
      return new TransportFailure(Kind.TLS, "TLS failed while " + phase + ": " + oneLine(e));
    }
    if (e instanceof HttpException || e instanceof org.apache.hc.core5.http.MessageConstraintException) {
      return new TransportFailure(Kind.PROTOCOL, "not a valid HTTP/1.1 response (" + oneLine(e) + ")");
    }
    if (e instanceof IOException) {
      return new TransportFailure(Kind.CLOSED, "the connection failed while " + phase + ": " + oneLine(e));
    }
    return new TransportFailure(Kind.PROTOCOL, "could not read the response: " + oneLine(e));
  }

  private TransportFailure timeout() {
    String what = finalHead == null ? "no response" : "the response was still incomplete";
    return new TransportFailure(Kind.TIMEOUT, what + " after " + seconds() + " (the request deadline) while "
        + phase);
  }

  private String seconds() {
    long ms = client.settings().requestTimeout().toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  static TransportFailure connectFailure(URI uri, IOException e, ProbeHttpClient.Settings settings) {
    String where = uri.getHost() + ":" + ProbeHttpClient.port(uri);
    if (e instanceof UnknownHostException) {
      return new TransportFailure(Kind.CONNECT, "unknown host " + uri.getHost());
    }
    if (e instanceof ConnectException) {
      return new TransportFailure(Kind.CONNECT, "nothing accepts connections at " + where + " (" + oneLine(e) + ")");
    }
    if (e instanceof SocketTimeoutException) {
      return new TransportFailure(Kind.CONNECT, "no connection to " + where + " within "
          + settings.connectTimeout().toMillis() + " ms");
    }
    if (e instanceof SSLException) {
      String hint = settings.trustAllTls() ? "" : " (for a self-signed staging certificate, --insecure skips the check)";
      return new TransportFailure(Kind.TLS, "TLS handshake with " + where + " failed: " + rootMessage(e) + hint);
    }
    return new TransportFailure(Kind.CONNECT, "cannot connect to " + where + ": " + oneLine(e));
  }

  private Headers requestHeaders() {
    Headers.Builder b = Headers.builder();
    b.add("Host", ProbeHttpClient.hostField(uri));
    boolean userAgent = false;
    for (int i = 0; i < request.headers().size(); i++) {
      String name = request.headers().name(i);
      userAgent |= name.equalsIgnoreCase("User-Agent");
      if (!name.equalsIgnoreCase("Host") && !name.equalsIgnoreCase("Content-Length")
          && !name.equalsIgnoreCase("Connection") && !name.equalsIgnoreCase("Transfer-Encoding")) {
        b.add(name, request.headers().value(i));
      }
    }
    if (!userAgent) {
      b.add("User-Agent", client.settings().userAgent());
    }
    RequestBody body = request.body();
    if (body != null) {
      if (!request.headers().has("Content-Type") && body.contentType() != null) {
        b.add("Content-Type", body.contentType());
      }
      b.add("Content-Length", Long.toString(body.length()));
      if (request.expectContinue()) {
        b.add("Expect", "100-continue");
      }
    }
    b.add("Connection", "close");
    return b.build();
  }

  private Body requestBodyRecord() {
    RequestBody body = request.body();
    if (body == null) {
      return Body.absent();
    }
    int keep = client.settings().maxBodyBytes();
    byte[] prefix = body.prefix(keep);
    return body.length() > prefix.length ? Body.truncated(prefix, body.length(), null)
        : Body.ofBytes(prefix, null);
  }

  private String target() {
    String path = uri.getRawPath();
    if (path == null || path.isEmpty()) {
      path = "/";
    }
    return uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery();
  }

  private static Headers headersOf(ClassicHttpResponse head) {
    Headers.Builder b = Headers.builder();
    for (Header h : head.getHeaders()) {
      b.add(h.getName(), h.getValue());
    }
    return b.build();
  }

  private static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  private static String rootMessage(Throwable e) {
    Throwable t = e;
    int depth = 0;
    while (t.getCause() != null && depth++ < 10) {
      t = t.getCause();
    }
    return oneLine(t);
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
