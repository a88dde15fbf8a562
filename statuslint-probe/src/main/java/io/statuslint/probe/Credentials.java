package io.statuslint.probe;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The user's credentials: which of their header fields carry secrets, how to leave those out (the
 * unauthenticated experiment), and how to keep them out of everything the probe prints or records.
 * A recorded exchange shows that a credential was sent, never its value.
 */
public final class Credentials {

  static final String REDACTED = "[redacted]";

  private static final Pattern SECRET_NAME = Pattern.compile(
      "(?i).*(authorization|cookie|api[-_]?key|token|secret|session|password|passwd|signature|auth).*");
  private static final Pattern SECRET_PARAM = Pattern.compile(
      "(?i)([?&](?:[^=&]*(?:api[-_]?key|token|secret|session|password|passwd|signature|sig|auth|key)[^=&]*)=)([^&#]*)");
  /** Shorter values are not searched for in text: "dark" from {@code theme=dark} is no secret. */
  private static final int MIN_SECRET = 6;
  private static final int MIN_SECRET_PART = 8;

  private final Headers userHeaders;
  private final List<String> secrets;

  private Credentials(Headers userHeaders, List<String> secrets) {
    this.userHeaders = userHeaders;
    this.secrets = secrets;
  }

  public static Credentials from(Headers userHeaders) {
    List<String> secrets = new ArrayList<>();
    for (int i = 0; i < userHeaders.size(); i++) {
      if (isCredential(userHeaders.name(i))) {
        collectSecrets(userHeaders.value(i), secrets);
      }
    }
    // Longest first, so "Bearer abc" is replaced whole before "abc" is.
    secrets.sort(Comparator.comparingInt(String::length).reversed());
    return new Credentials(userHeaders, List.copyOf(secrets));
  }

  /** Whether a header field carries a secret: Authorization, cookies, API keys, tokens. */
  public static boolean isCredential(String headerName) {
    return SECRET_NAME.matcher(headerName).matches();
  }

  /** Whether the user gave any credential. */
  public boolean any() {
    for (int i = 0; i < userHeaders.size(); i++) {
      if (isCredential(userHeaders.name(i))) {
        return true;
      }
    }
    return false;
  }

  /** The user's header fields, with or without the credentials. */
  public Headers userHeaders(boolean withCredentials) {
    if (withCredentials) {
      return userHeaders;
    }
    Headers.Builder b = Headers.builder();
    for (int i = 0; i < userHeaders.size(); i++) {
      if (!isCredential(userHeaders.name(i))) {
        b.add(userHeaders.name(i), userHeaders.value(i));
      }
    }
    return b.build();
  }

  /** The exchange with every credential value replaced: fit to check, print and record. */
  public Exchange redact(Exchange e) {
    HttpRequest q = e.request();
    HttpRequest request = new HttpRequest(q.method(), redact(redactQuery(q.url())), redactHeaders(q.headers(), false),
        redactBody(q.body()), q.headersProvisional());
    HttpResponse r = e.response();
    HttpResponse response = r == null ? null
        : new HttpResponse(r.status(), r.reason(), redactHeaders(r.headers(), true), redactBody(r.body()));
    return new Exchange(request, response, e.origin(), e.resourceHint());
  }

  /** Text with every credential value the user gave replaced. */
  public String redact(String text) {
    if (text == null || secrets.isEmpty()) {
      return text;
    }
    String out = text;
    for (String s : secrets) {
      out = out.replace(s, REDACTED);
    }
    return out;
  }

  private Headers redactHeaders(Headers headers, boolean response) {
    Headers.Builder b = Headers.builder();
    for (int i = 0; i < headers.size(); i++) {
      String name = headers.name(i);
      String value = headers.value(i);
      if (response && name.equalsIgnoreCase("Set-Cookie")) {
        int eq = value.indexOf('=');
        value = eq < 0 ? REDACTED : value.substring(0, eq + 1) + REDACTED + cookieAttributes(value);
      } else if (!response && isCredential(name)) {
        value = REDACTED;
      } else {
        value = redact(value);
      }
      b.add(name, value);
    }
    return b.build();
  }

  /** The attributes after a Set-Cookie value ({@code ; Path=/; HttpOnly}): not secret, and useful. */
  private static String cookieAttributes(String setCookie) {
    int semi = setCookie.indexOf(';');
    return semi < 0 ? "" : setCookie.substring(semi);
  }

  private Body redactBody(Body body) {
    if (secrets.isEmpty() || !body.isReadable()) {
      return body;
    }
    String text = body.text();
    String clean = redact(text);
    if (clean.equals(text)) {
      return body;
    }
    return body.state() == Body.State.COMPLETE ? Body.ofText(clean) : Body.truncated(clean, body.size());
  }

  static String redactQuery(String url) {
    int q = url.indexOf('?');
    if (q < 0) {
      return url;
    }
    Matcher m = SECRET_PARAM.matcher(url.substring(q));
    return url.substring(0, q) + m.replaceAll("$1" + Matcher.quoteReplacement(REDACTED));
  }

  private static void collectSecrets(String value, List<String> into) {
    String v = value.trim();
    if (v.length() >= MIN_SECRET) {
      into.add(v);
    }
    // "Bearer abc", "Basic xyz": the credential after the scheme; cookies: each value.
    for (String part : v.split("[\\s;,]+")) {
      int eq = part.indexOf('=');
      String token = eq > 0 && !part.endsWith("=") ? part.substring(eq + 1) : part;
      if (token.length() >= MIN_SECRET_PART && !token.toLowerCase(Locale.ROOT).matches("bearer|basic|digest|token")) {
        into.add(token);
      }
    }
  }
}
