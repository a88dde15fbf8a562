package io.statuslint.probe.experiments;

import io.statuslint.model.Headers;
import io.statuslint.probe.http.RequestBody;
import java.util.Objects;

/**
 * A request an experiment wants sent. The probe adds the user's headers (credentials included
 * unless {@link #withoutCredentials()}), a default {@code Accept}, and the framing fields.
 *
 * @param purpose why the request is sent, shown beside it in reports and recordings
 */
public record Ask(String method, String url, Headers headers, RequestBody body, boolean expectContinue,
    boolean credentials, String purpose) {

  public Ask {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = Objects.requireNonNullElse(headers, Headers.empty());
    purpose = purpose == null ? "" : purpose;
  }

  public static Ask of(String method, String url, String purpose) {
    return new Ask(method, url, Headers.empty(), null, false, true, purpose);
  }

  public static Ask get(String url, String purpose) {
    return of("GET", url, purpose);
  }

  /** The same request with one more header field. */
  public Ask with(String name, String value) {
    Headers.Builder b = Headers.builder();
    headers.forEach(h -> b.add(h.getKey(), h.getValue()));
    b.add(name, value);
    return new Ask(method, url, b.build(), body, expectContinue, credentials, purpose);
  }

  public Ask withBody(RequestBody content, boolean expect) {
    return new Ask(method, url, headers, content, expect, credentials, purpose);
  }

  public Ask withoutCredentials() {
    return new Ask(method, url, headers, body, expectContinue, false, purpose);
  }
}
