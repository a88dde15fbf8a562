package io.statuslint.proxy;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * The one server the proxy forwards to. Every request goes here, whatever its Host header or
 * request target says: that is what keeps the proxy from becoming an open proxy.
 *
 * @param host the host name or address to connect to
 * @param port the TCP port
 * @param authority {@code host:port} as sent in the Host header of forwarded requests
 * @param basePath a path prefix of the upstream URL (without trailing slash), or {@code ""}
 */
public record Upstream(String host, int port, String authority, String basePath) {

  /** Parses {@code http://host[:port][/base]}. */
  public static Upstream parse(String url) {
    URI uri;
    try {
      uri = new URI(url.trim());
    } catch (URISyntaxException e) {
      throw new IllegalArgumentException("--upstream is not a URL: " + url);
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (scheme.equals("https")) {
      throw new IllegalArgumentException("https upstreams are not supported yet; run the proxy in front of the "
          + "server's plain-HTTP port (e.g. --upstream http://127.0.0.1:8080)");
    }
    if (!scheme.equals("http") || uri.getHost() == null) {
      throw new IllegalArgumentException("--upstream must be an http:// URL with a host, e.g. http://127.0.0.1:8080, not "
          + url);
    }
    if (uri.getRawQuery() != null || uri.getRawFragment() != null || uri.getRawUserInfo() != null) {
      throw new IllegalArgumentException("--upstream takes a scheme, host, port and optional base path only: " + url);
    }
    int port = uri.getPort() < 0 ? 80 : uri.getPort();
    String host = uri.getHost();
    String bare = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
    String authority = uri.getPort() < 0 ? host : host + ":" + port;
    String path = uri.getRawPath() == null ? "" : uri.getRawPath();
    while (path.endsWith("/")) {
      path = path.substring(0, path.length() - 1);
    }
    return new Upstream(bare, port, authority, path);
  }

  /** {@code http://host:port/base}, for messages. */
  public String url() {
    return "http://" + authority + basePath;
  }
}
