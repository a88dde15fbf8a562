package io.statuslint.model;

import java.util.Objects;

/**
 * One request and the response it got. A HAR entry with status 0 (aborted, blocked by CORS) has no
 * response: {@link #response()} is {@code null} and no response rule applies to it.
 */
public record Exchange(HttpRequest request, HttpResponse response, Origin origin, ResourceHint resourceHint) {

  public Exchange {
    Objects.requireNonNull(request, "request");
    origin = Objects.requireNonNullElse(origin, Origin.NONE);
    resourceHint = Objects.requireNonNullElse(resourceHint, ResourceHint.UNKNOWN);
  }

  public Exchange(HttpRequest request, HttpResponse response) {
    this(request, response, Origin.NONE, ResourceHint.UNKNOWN);
  }

  public Exchange(HttpRequest request, HttpResponse response, Origin origin) {
    this(request, response, origin, ResourceHint.UNKNOWN);
  }

  public boolean hasResponse() {
    return response != null;
  }

  public String id() {
    if (origin.exchangeId() != null) {
      return origin.exchangeId();
    }
    return origin.entry() >= 0 ? Long.toString(origin.entry()) : null;
  }

  public Exchange withOrigin(Origin newOrigin) {
    return new Exchange(request, response, newOrigin, resourceHint);
  }
}
