package io.statuslint.model;

import java.util.Objects;

/**
 * A response as recorded.
 *
 * @param status the raw status code, whatever the server sent (999 and 42 included)
 * @param reason the reason phrase, or {@code ""}
 */
public record HttpResponse(int status, String reason, Headers headers, Body body) {

  public HttpResponse {
    reason = reason == null ? "" : reason;
    headers = Objects.requireNonNullElse(headers, Headers.empty());
    body = Objects.requireNonNullElse(body, Body.unknown());
  }

  public HttpResponse(int status, Headers headers, Body body) {
    this(status, "", headers, body);
  }
}
