package io.statuslint.probe.http;

import io.statuslint.probe.http.TransportFailure.Kind;
import java.io.IOException;
import java.net.ConnectException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import javax.net.ssl.SSLException;
import org.apache.hc.core5.http.ConnectionClosedException;
import org.apache.hc.core5.http.HttpException;
import org.apache.hc.core5.http.MessageConstraintException;
import org.apache.hc.core5.http.NoHttpResponseException;

/** Turns what went wrong on the wire into one sentence a user can act on. */
final class Failures {

  private Failures() {}

  /**
   * @param expired whether the request deadline closed the connection
   * @param headArrived whether the final response head had been read
   * @param phase what the client was doing ("sending the request", "reading the response body")
   */
  static TransportFailure of(Exception e, boolean expired, boolean headArrived, String phase, Duration deadline) {
    if (expired) {
      String what = headArrived ? "the response was still incomplete" : "no response";
      return new TransportFailure(Kind.TIMEOUT, what + " after " + seconds(deadline)
          + " (the request deadline) while " + phase);
    }
    if (e instanceof SocketTimeoutException) {
      return new TransportFailure(Kind.TIMEOUT, "no data for " + seconds(deadline) + " while " + phase);
    }
    if (e instanceof ClosedWhileSending) {
      return new TransportFailure(Kind.CLOSED_WHILE_SENDING, e.getMessage());
    }
    if (e instanceof NoHttpResponseException) {
      return new TransportFailure(Kind.CLOSED, "the server closed the connection without answering");
    }
    if (e instanceof ConnectionClosedException) {
      return new TransportFailure(Kind.CLOSED, "the server closed the connection while " + phase + ": " + oneLine(e));
    }
    if (e instanceof SSLException) {
      return new TransportFailure(Kind.TLS, "TLS failed while " + phase + ": " + oneLine(e));
    }
    if (e instanceof HttpException || e instanceof MessageConstraintException) {
      return new TransportFailure(Kind.PROTOCOL, "not a valid HTTP/1.1 response (" + oneLine(e) + ")");
    }
    if (e instanceof IOException) {
      return new TransportFailure(Kind.CLOSED, "the connection failed while " + phase + ": " + oneLine(e));
    }
    return new TransportFailure(Kind.PROTOCOL, "could not read the response: " + oneLine(e));
  }

  /** Why no connection (or no TLS session) could be opened. */
  static TransportFailure connect(URI uri, IOException e, ProbeHttpClient.Settings settings) {
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

  static String oneLine(Throwable e) {
    String m = e.getMessage();
    if (m == null || m.isBlank()) {
      return e.getClass().getSimpleName();
    }
    int nl = m.indexOf('\n');
    return nl < 0 ? m : m.substring(0, nl);
  }

  /** The most telling message: the handshake's own, or what caused it (a certificate path error). */
  private static String rootMessage(Throwable e) {
    Throwable t = e;
    int depth = 0;
    while (t.getCause() != null && depth++ < 10 && t.getCause().getMessage() != null
        && !(t.getCause() instanceof SocketTimeoutException)) {
      t = t.getCause();
    }
    return oneLine(t);
  }

  private static String seconds(Duration d) {
    long ms = d.toMillis();
    return ms % 1000 == 0 ? ms / 1000 + " s" : ms + " ms";
  }

  /** The connection failed while the request was sent, and no answer could be read after. */
  static final class ClosedWhileSending extends ConnectionClosedException {
    private static final long serialVersionUID = 1L;

    ClosedWhileSending(String message) {
      super(message);
    }
  }
}
