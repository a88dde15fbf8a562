package io.statuslint.openapi.resolve;

import io.statuslint.openapi.SpecLimits;
import io.statuslint.openapi.parse.SpecReadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.ConnectException;
import java.net.URI;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;

/**
 * Fetches a spec or a referenced document over HTTP(S), with the run's timeouts and size cap. In its
 * own class so the HTTP client is loaded only by runs that need it.
 */
public final class HttpFetcher {

  private HttpFetcher() {}

  /**
   * Reads the body, closing it from a watchdog thread at the deadline: the request timeout covers
   * the wait for the response headers only, and a server that stalls mid-body must not hang the run.
   */
  private static byte[] readBefore(InputStream body, long deadline, SpecLimits limits, String name)
      throws IOException {
    boolean[] timedOut = new boolean[1];
    Thread watchdog = new Thread(() -> {
      try {
        long wait = deadline - System.nanoTime();
        if (wait > 0) {
          Thread.sleep(wait / 1_000_000, (int) (wait % 1_000_000));
        }
        synchronized (timedOut) {
          timedOut[0] = true;
        }
        body.close();
      } catch (InterruptedException | IOException done) {
        // the read finished first (interrupted), or closing failed: nothing more to do
      }
    }, "statuslint-fetch-watchdog");
    watchdog.setDaemon(true);
    watchdog.start();
    SpecReadException late = new SpecReadException(name, -1, -1, "cannot fetch: no complete answer within "
        + limits.readTimeout().toSeconds() + " s");
    try {
      byte[] bytes = body.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, limits.maxBytes() + 1));
      synchronized (timedOut) {
        if (timedOut[0]) {
          throw late; // a closed stream may end quietly: the bytes read are not the whole document
        }
      }
      return bytes;
    } catch (IOException e) {
      synchronized (timedOut) {
        if (timedOut[0]) {
          throw late;
        }
      }
      throw e;
    } finally {
      watchdog.interrupt();
    }
  }

  public static byte[] fetch(URI uri, String name, SpecLimits limits) {
    try {
      HttpClient client = HttpClient.newBuilder()
          .connectTimeout(limits.connectTimeout())
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
      HttpRequest request = HttpRequest.newBuilder(uri)
          .timeout(limits.readTimeout())
          .header("Accept", "application/yaml, application/json;q=0.9, */*;q=0.5")
          .header("User-Agent", "statuslint")
          .GET()
          .build();
      HttpResponse<InputStream> response = client.send(request, HttpResponse.BodyHandlers.ofInputStream());
      try (InputStream body = response.body()) {
        if (response.statusCode() / 100 != 2) {
          throw new SpecReadException(name, -1, -1, "cannot fetch: the server answered " + response.statusCode());
        }
        long declared = response.headers().firstValueAsLong("Content-Length").orElse(-1);
        if (declared > limits.maxBytes()) {
          throw new SpecReadException(name, -1, -1, String.format(java.util.Locale.ROOT,
              "is %.1f MB, over the %s limit for one spec document (raise it with --max-spec-size)",
              declared / 1e6, SpecLimits.describe(limits.maxBytes())));
        }
        byte[] bytes = readBefore(body, System.nanoTime() + limits.readTimeout().toNanos(), limits, name);
        if (bytes.length > limits.maxBytes()) {
          throw new SpecReadException(name, -1, -1, "is larger than the " + SpecLimits.describe(limits.maxBytes())
              + " limit for one spec document (raise it with --max-spec-size)");
        }
        return bytes;
      }
    } catch (HttpConnectTimeoutException e) {
      throw new SpecReadException(name, -1, -1, "cannot fetch: no connection within "
          + limits.connectTimeout().toSeconds() + " s");
    } catch (HttpTimeoutException e) {
      throw new SpecReadException(name, -1, -1, "cannot fetch: no complete answer within "
          + limits.readTimeout().toSeconds() + " s");
    } catch (ConnectException e) {
      throw new SpecReadException(name, -1, -1, "cannot fetch: connection refused or unreachable");
    } catch (UnknownHostException | UnresolvedAddressException e) {
      throw new SpecReadException(name, -1, -1, "cannot fetch: unknown host " + uri.getHost());
    } catch (IOException e) {
      String m = e.getMessage();
      if (e.getCause() instanceof UnresolvedAddressException) {
        throw new SpecReadException(name, -1, -1, "cannot fetch: unknown host " + uri.getHost());
      }
      throw new SpecReadException(name, -1, -1, "cannot fetch: " + (m == null ? e.getClass().getSimpleName() : m));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpecReadException(name, -1, -1, "cannot fetch: interrupted");
    } catch (IllegalArgumentException e) {
      throw new SpecReadException(name, -1, -1, "cannot fetch: " + e.getMessage());
    }
  }
}
