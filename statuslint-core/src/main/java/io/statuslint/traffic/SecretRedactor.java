package io.statuslint.traffic;

import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.Secrets;
import java.util.Locale;

/**
 * Removes credentials from exchanges before they are written down (the proxy's and the probe's
 * recordings) or shown: Authorization and other credential headers, cookies, API-key headers, and
 * secret-looking query parameters. Names and structure stay, so a recording still reads and checks
 * the same; only the secret values become {@value #MASK}. The one place every writer redacts with;
 * which names are secret is {@link Secrets}'s call.
 */
public final class SecretRedactor {

  public static final String MASK = Secrets.MASK;

  private SecretRedactor() {}

  /** Whether a header field carries a credential or session ({@link Secrets#isSecretHeader}). */
  public static boolean isSecretHeader(String name) {
    return Secrets.isSecretHeader(name);
  }

  /** Whether a query parameter carries a credential ({@link Secrets#isSecretParameter}). */
  public static boolean isSecretParameter(String name) {
    return Secrets.isSecretParameter(name);
  }

  public static Exchange redact(Exchange e) {
    HttpRequest q = e.request();
    HttpRequest request = new HttpRequest(q.method(), url(q.url()), headers(q.headers()), q.body(),
        q.headersProvisional());
    HttpResponse s = e.response();
    HttpResponse response = s == null ? null : new HttpResponse(s.status(), s.reason(), headers(s.headers()), s.body());
    return new Exchange(request, response, e.origin(), e.resourceHint());
  }

  /** The same fields in the same order, secret values masked (cookie names are kept). */
  public static Headers headers(Headers h) {
    boolean any = false;
    for (int i = 0; i < h.size() && !any; i++) {
      any = isSecretHeader(h.name(i));
    }
    if (!any) {
      return h;
    }
    Headers.Builder b = Headers.builder();
    for (int i = 0; i < h.size(); i++) {
      String name = h.name(i);
      b.add(name, isSecretHeader(name) ? value(name, h.value(i)) : h.value(i));
    }
    return b.build();
  }

  /** The value to record for a field: masked when the field carries a secret, else as it is. */
  public static String field(String name, String value) {
    return isSecretHeader(name) ? value(name, value) : value;
  }

  private static String value(String name, String value) {
    String n = name.toLowerCase(Locale.ROOT);
    if (n.equals("cookie")) {
      // a=1; b=2 -> a=[redacted]; b=[redacted]
      StringBuilder sb = new StringBuilder();
      for (String pair : value.split(";")) {
        if (sb.length() > 0) {
          sb.append("; ");
        }
        int eq = pair.indexOf('=');
        sb.append(eq < 0 ? MASK : pair.substring(0, eq).trim() + "=" + MASK);
      }
      return sb.toString();
    }
    if (n.startsWith("set-cookie")) {
      // Keep the cookie's name and attributes (Path, HttpOnly…), mask its value.
      int eq = value.indexOf('=');
      int semi = value.indexOf(';');
      if (eq > 0 && (semi < 0 || eq < semi)) {
        return value.substring(0, eq + 1) + MASK + (semi < 0 ? "" : value.substring(semi));
      }
      return MASK;
    }
    if (n.equals("authorization") || n.equals("proxy-authorization")) {
      // Keep the scheme (Bearer, Basic…): it says how the client authenticated, not with what.
      int sp = value.indexOf(' ');
      return sp > 0 ? value.substring(0, sp) + " " + MASK : MASK;
    }
    return MASK;
  }

  /** The URL with secret query values (and any password in the user info) masked. */
  public static String url(String url) {
    if (url == null) {
      return null;
    }
    String out = url;
    int scheme = out.indexOf("://");
    if (scheme > 0) {
      int authorityEnd = indexOfAny(out, scheme + 3, "/?#");
      int at = out.lastIndexOf('@', authorityEnd < 0 ? out.length() - 1 : authorityEnd - 1);
      if (at > scheme) {
        int colon = out.indexOf(':', scheme + 3);
        if (colon > 0 && colon < at) {
          out = out.substring(0, colon + 1) + MASK + out.substring(at);
        }
      }
    }
    int q = out.indexOf('?');
    if (q < 0) {
      return out;
    }
    int hash = out.indexOf('#', q);
    String query = hash < 0 ? out.substring(q + 1) : out.substring(q + 1, hash);
    StringBuilder sb = new StringBuilder(out.length()).append(out, 0, q + 1);
    boolean first = true;
    for (String pair : query.split("&", -1)) {
      if (!first) {
        sb.append('&');
      }
      first = false;
      int eq = pair.indexOf('=');
      String name = eq < 0 ? pair : pair.substring(0, eq);
      if (eq >= 0 && isSecretParameter(decodeName(name))) {
        sb.append(name).append('=').append(MASK);
      } else {
        sb.append(pair);
      }
    }
    if (hash >= 0) {
      sb.append(out, hash, out.length());
    }
    return sb.toString();
  }

  private static String decodeName(String name) {
    try {
      return java.net.URLDecoder.decode(name, java.nio.charset.StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return name;
    }
  }

  private static int indexOfAny(String s, int from, String chars) {
    for (int i = from; i < s.length(); i++) {
      if (chars.indexOf(s.charAt(i)) >= 0) {
        return i;
      }
    }
    return -1;
  }
}
