package io.statuslint.probe;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.Secrets;
import io.statuslint.traffic.SecretRedactor;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The user's credentials: which of their header fields carry secrets, how to leave those out (the
 * unauthenticated experiment), and how to keep them out of everything the probe prints or records.
 * A recorded exchange shows that a credential was sent, never its value. Which header fields and
 * query parameters are credentials is {@link Secrets}'s call, as for recordings and evidence; on top of
 * that, the values the user gave are searched for everywhere (an API may echo them).
 */
public final class Credentials {

  static final String REDACTED = Secrets.MASK;

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
    return Secrets.isSecretHeader(headerName);
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
    HttpRequest request = new HttpRequest(q.method(), redact(SecretRedactor.url(q.url())),
        redactHeaders(q.headers(), false), redactBody(q.body()), q.headersProvisional());
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
        value = SecretRedactor.field(name, value); // the cookie's name and attributes stay
      } else if (!response && isCredential(name)) {
        value = REDACTED;
      } else {
        value = redact(value);
      }
      b.add(name, value);
    }
    return b.build();
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

  private static void collectSecrets(String value, List<String> into) {
    String v = value.trim();
    if (v.length() >= MIN_SECRET) {
      into.add(v);
    }
    // "Bearer abc", "Basic xyz": the credential after the scheme; cookies: each value.
    for (String part : v.split("[\\s;,]+")) {
      int eq = part.indexOf('=');
      String token = eq > 0 && !part.endsWith("=") ? part.substring(eq + 1) : part;
      if (token.length() >= MIN_SECRET_PART && !Secrets.isAuthScheme(token)) {
        into.add(token);
      }
    }
  }
}
