package io.statuslint.model;

import java.nio.charset.StandardCharsets;

/**
 * Builds exchanges by hand, for tests, examples and the demo:
 *
 * <pre>
 * Exchange e = ExchangeBuilder.request("POST", "/orders").header("Content-Type", "application/json")
 *     .respond(201).header("Location", "/orders/42").body("{\"id\":42}").build();
 * </pre>
 *
 * A response built without {@code body(..)} has an absent (known empty) body; call
 * {@link #unknownBody()} for one that was not recorded.
 */
public final class ExchangeBuilder {

  private final String method;
  private final String url;
  private final Headers.Builder requestHeaders = Headers.builder();
  private Body requestBody = Body.absent();
  private boolean provisional;
  private Integer status;
  private String reason = "";
  private final Headers.Builder responseHeaders = Headers.builder();
  private Body responseBody = Body.absent();
  private Origin origin = Origin.NONE;
  private ResourceHint hint = ResourceHint.UNKNOWN;

  private ExchangeBuilder(String method, String url) {
    this.method = method;
    this.url = url;
  }

  public static ExchangeBuilder request(String method, String url) {
    return new ExchangeBuilder(method, url);
  }

  public static ExchangeBuilder get(String url) {
    return request("GET", url);
  }

  /** Adds a header to the request, or to the response once {@link #respond} was called. */
  public ExchangeBuilder header(String name, String value) {
    (status == null ? requestHeaders : responseHeaders).add(name, value);
    return this;
  }

  /** Sets the body of the request, or of the response once {@link #respond} was called. */
  public ExchangeBuilder body(String text) {
    Body b = Body.ofBytes(text.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
    if (status == null) {
      requestBody = b;
    } else {
      responseBody = b;
    }
    return this;
  }

  public ExchangeBuilder body(Body body) {
    if (status == null) {
      requestBody = body;
    } else {
      responseBody = body;
    }
    return this;
  }

  /** A JSON response body with its Content-Type. */
  public ExchangeBuilder json(String json) {
    return header("Content-Type", "application/json").body(json);
  }

  public ExchangeBuilder unknownBody() {
    return body(Body.unknown());
  }

  public ExchangeBuilder provisionalRequestHeaders() {
    this.provisional = true;
    return this;
  }

  public ExchangeBuilder respond(int code) {
    this.status = code;
    return this;
  }

  public ExchangeBuilder reason(String phrase) {
    this.reason = phrase;
    return this;
  }

  public ExchangeBuilder origin(Origin o) {
    this.origin = o;
    return this;
  }

  public ExchangeBuilder resourceHint(ResourceHint h) {
    this.hint = h;
    return this;
  }

  public Exchange build() {
    HttpRequest req = new HttpRequest(method, url, requestHeaders.build(), requestBody, provisional);
    HttpResponse resp = status == null ? null
        : new HttpResponse(status, reason, responseHeaders.build(), responseBody);
    return new Exchange(req, resp, origin, hint);
  }
}
