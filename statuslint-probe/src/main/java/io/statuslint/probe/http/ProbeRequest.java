package io.statuslint.probe.http;

import io.statuslint.model.Headers;
import java.util.Objects;

/**
 * One request the probe sends. The client adds only the framing fields it must ({@code Host},
 * {@code Content-Length}, {@code Connection: close}); everything else is in {@link #headers}.
 *
 * @param url the absolute URL, sent as given (its path and query become the request target)
 * @param body the request content, or {@code null} for none
 * @param expectContinue whether to send {@code Expect: 100-continue} and wait for the server's
 *     verdict before the content (RFC 9110 §10.1.1), so an oversized body can be refused unsent
 */
public record ProbeRequest(String method, String url, Headers headers, RequestBody body, boolean expectContinue) {

  public ProbeRequest {
    Objects.requireNonNull(method, "method");
    Objects.requireNonNull(url, "url");
    headers = Objects.requireNonNullElse(headers, Headers.empty());
  }

  public static ProbeRequest of(String method, String url, Headers headers) {
    return new ProbeRequest(method, url, headers, null, false);
  }

  public ProbeRequest withBody(RequestBody newBody, boolean expect) {
    return new ProbeRequest(method, url, headers, newBody, expect);
  }
}
