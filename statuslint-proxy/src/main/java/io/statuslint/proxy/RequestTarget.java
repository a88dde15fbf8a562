package io.statuslint.proxy;

import io.netty.handler.codec.http.HttpMethod;
import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

/**
 * Decides what a request target may be forwarded as, so that nothing a client sends can point the
 * proxy at another server: CONNECT is refused, an absolute-form target naming another authority is
 * refused as misdirected (RFC 9110 §15.5.20), and everything that is forwarded goes, in origin
 * form, to the configured upstream only. The Host header is never used to pick a destination.
 */
final class RequestTarget {

  /** The outcome: forward {@code originForm}, or refuse with {@code status} and {@code reason}. */
  record Decision(String originForm, int status, String reason) {
    boolean forward() {
      return originForm != null;
    }
  }

  private final Set<String> ownAuthorities;

  /** {@code ownAuthorities}: lower-case {@code host:port} names under which clients reach this proxy. */
  RequestTarget(Set<String> ownAuthorities) {
    this.ownAuthorities = ownAuthorities;
  }

  Decision decide(HttpMethod method, String target) {
    if (HttpMethod.CONNECT.equals(method)) {
      return refuse(501, "CONNECT is not supported: this is a reverse proxy for one upstream, not a tunnel");
    }
    if (target.startsWith("/")) {
      return new Decision(target, 0, null);
    }
    if (target.equals("*")) {
      // Asterisk-form is for server-wide OPTIONS only (RFC 9112 §3.2.4).
      return HttpMethod.OPTIONS.equals(method) ? new Decision("*", 0, null)
          : refuse(400, "the request target * is only valid for OPTIONS");
    }
    URI uri;
    try {
      uri = new URI(target);
    } catch (URISyntaxException e) {
      return refuse(400, "the request target is not a valid URI");
    }
    String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
    if (!uri.isAbsolute() || uri.getRawAuthority() == null || !(scheme.equals("http") || scheme.equals("https"))) {
      return refuse(400, "the request target must be a path (origin form)");
    }
    String authority = uri.getRawAuthority().toLowerCase(Locale.ROOT);
    if (uri.getRawUserInfo() != null || !ownAuthorities.contains(withPort(authority, scheme))) {
      return refuse(421, "this proxy forwards only to its configured upstream; it does not serve "
          + uri.getRawAuthority());
    }
    String path = uri.getRawPath() == null || uri.getRawPath().isEmpty() ? "/" : uri.getRawPath();
    return new Decision(uri.getRawQuery() == null ? path : path + "?" + uri.getRawQuery(), 0, null);
  }

  private static String withPort(String authority, String scheme) {
    int colon = authority.lastIndexOf(':');
    boolean hasPort = colon > authority.lastIndexOf(']');
    return hasPort ? authority : authority + (scheme.equals("https") ? ":443" : ":80");
  }

  private static Decision refuse(int status, String reason) {
    return new Decision(null, status, reason);
  }
}
