package io.statuslint.probe.http;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.URI;
import java.security.GeneralSecurityException;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;
import javax.net.ssl.SSLSocket;
import javax.net.ssl.SSLSocketFactory;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * The probe's HTTP/1.1 client. Built on HttpCore 5's connection layer, not on a high-level client,
 * because a probe has to see what the server really sent: interim 1xx responses, codes outside
 * 100–599, header names as spelt, and bytes after a response that cannot have content. One
 * connection per request, closed afterwards, so nothing one answer does can leak into the next.
 *
 * <p>Every request has a deadline: a watchdog closes the socket when it passes, so a server that
 * hangs or trickles bytes costs at most {@link Settings#requestTimeout()}. Thread-safe.
 */
public final class ProbeHttpClient implements AutoCloseable {

  /**
   * @param maxBodyBytes how much of a response body is kept (the rest is not read)
   * @param strayWait how long to wait for bytes after a response that cannot have content
   * @param continueWait how long to wait for a verdict on {@code Expect: 100-continue}
   * @param trustAllTls accept any certificate (a staging server's self-signed one)
   */
  public record Settings(Duration connectTimeout, Duration requestTimeout, int maxBodyBytes,
      Duration strayWait, Duration continueWait, boolean trustAllTls, String userAgent) {

    public static Settings defaults() {
      return new Settings(Duration.ofSeconds(5), Duration.ofSeconds(10), 1024 * 1024,
          Duration.ofMillis(100), Duration.ofSeconds(1), false, "statuslint-probe");
    }

    public Settings withRequestTimeout(Duration d) {
      return new Settings(connectTimeout, d, maxBodyBytes, strayWait, continueWait, trustAllTls, userAgent);
    }

    public Settings withConnectTimeout(Duration d) {
      return new Settings(d, requestTimeout, maxBodyBytes, strayWait, continueWait, trustAllTls, userAgent);
    }

    public Settings withTrustAllTls(boolean b) {
      return new Settings(connectTimeout, requestTimeout, maxBodyBytes, strayWait, continueWait, b, userAgent);
    }

    public Settings withUserAgent(String ua) {
      return new Settings(connectTimeout, requestTimeout, maxBodyBytes, strayWait, continueWait, trustAllTls, ua);
    }
  }

  private final Settings settings;
  private final ScheduledExecutorService watchdog;
  private final SSLSocketFactory tls;

  public ProbeHttpClient(Settings settings) {
    this.settings = settings;
    this.watchdog = Executors.newSingleThreadScheduledExecutor(r -> {
      Thread t = new Thread(r, "statuslint-probe-deadline");
      t.setDaemon(true);
      return t;
    });
    this.tls = settings.trustAllTls() ? trustingFactory() : (SSLSocketFactory) SSLSocketFactory.getDefault();
  }

  public Settings settings() {
    return settings;
  }

  /** Sends one request and reports what came back; never throws for anything the server does. */
  public Sent send(ProbeRequest request) {
    Attempt attempt = new Attempt(this, request);
    ScheduledFuture<?> deadline = watchdog.schedule(
        attempt::expire, settings.requestTimeout().toMillis(), TimeUnit.MILLISECONDS);
    try {
      return attempt.run();
    } finally {
      deadline.cancel(false);
      attempt.closeQuietly();
    }
  }

  /**
   * Opens a connection (and completes the TLS handshake) without sending a request, so an
   * unreachable target is reported before any experiment runs. Returns {@code null} when it works.
   */
  public TransportFailure checkReachable(String url) {
    URI uri = URI.create(url);
    try (Socket s = connect(uri)) {
      return null;
    } catch (IOException e) {
      return Failures.connect(uri, e, settings);
    }
  }

  /** A connected socket, wrapped in TLS for https. */
  Socket connect(URI uri) throws IOException {
    String host = uri.getHost();
    int port = port(uri);
    Socket raw = new Socket();
    try {
      raw.setTcpNoDelay(true);
      raw.connect(new InetSocketAddress(host, port), (int) settings.connectTimeout().toMillis());
      raw.setSoTimeout((int) settings.requestTimeout().toMillis());
      if (!isHttps(uri)) {
        return raw;
      }
      SSLSocket ssl = (SSLSocket) tls.createSocket(raw, host, port, true);
      SSLParameters p = ssl.getSSLParameters();
      if (!settings.trustAllTls()) {
        p.setEndpointIdentificationAlgorithm("HTTPS");
      }
      p.setApplicationProtocols(new String[] {"http/1.1"});
      ssl.setSSLParameters(p);
      try {
        ssl.startHandshake();
      } catch (javax.net.ssl.SSLException e) {
        throw e;
      } catch (IOException e) {
        // A silent or closing peer during the handshake is a TLS failure too, not a refused connection.
        throw new javax.net.ssl.SSLException("the server did not complete a TLS handshake (" + e.getMessage() + ")", e);
      }
      return ssl;
    } catch (IOException | RuntimeException e) {
      raw.close();
      throw e;
    }
  }

  static boolean isHttps(URI uri) {
    return "https".equalsIgnoreCase(uri.getScheme());
  }

  static int port(URI uri) {
    if (uri.getPort() > 0) {
      return uri.getPort();
    }
    return isHttps(uri) ? 443 : 80;
  }

  /** {@code host} or {@code host:port} as the Host field must carry it (RFC 9110 §7.2). */
  static String hostField(URI uri) {
    String host = uri.getHost();
    if (host.indexOf(':') >= 0 && !host.startsWith("[")) {
      host = "[" + host + "]";
    }
    int port = uri.getPort();
    boolean defaultPort = port < 0 || port == (isHttps(uri) ? 443 : 80);
    return defaultPort ? host.toLowerCase(Locale.ROOT) : host.toLowerCase(Locale.ROOT) + ":" + port;
  }

  private static SSLSocketFactory trustingFactory() {
    try {
      SSLContext ctx = SSLContext.getInstance("TLS");
      ctx.init(null, new TrustManager[] {new X509TrustManager() {
        @Override
        public void checkClientTrusted(X509Certificate[] chain, String authType) {
          // the user asked for any certificate (--insecure)
        }

        @Override
        public void checkServerTrusted(X509Certificate[] chain, String authType) {
          // the user asked for any certificate (--insecure)
        }

        @Override
        public X509Certificate[] getAcceptedIssuers() {
          return new X509Certificate[0];
        }
      }}, null);
      return ctx.getSocketFactory();
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("no TLS implementation", e);
    }
  }

  @Override
  public void close() {
    watchdog.shutdownNow();
  }
}
