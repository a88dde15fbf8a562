package io.statuslint.model;

import java.util.Locale;
import java.util.Objects;

/**
 * A request as recorded.
 *
 * @param method the method token, upper case for the registered methods
 * @param url the URL as recorded: absolute, or origin-form ({@code /orders?x=1})
 * @param headers header fields in order
 * @param headersProvisional true when the recorder saw only part of the request's fields (a browser's
 *     "provisional headers"): then a field missing from {@code headers} is unknown, not absent
 */
public record HttpRequest(String method, String url, Headers headers, Body body, boolean headersProvisional) {

  public HttpRequest {
    method = method == null || method.isEmpty() ? "GET" : normaliseMethod(method);
    url = url == null ? "" : url;
    headers = Objects.requireNonNullElse(headers, Headers.empty());
    body = Objects.requireNonNullElse(body, Body.absent());
  }

  public HttpRequest(String method, String url, Headers headers) {
    this(method, url, headers, Body.absent(), false);
  }

  private static String normaliseMethod(String method) {
    String upper = method.toUpperCase(Locale.ROOT);
    switch (upper) {
      case "GET": case "HEAD": case "POST": case "PUT": case "DELETE":
      case "OPTIONS": case "PATCH": case "TRACE": case "CONNECT":
        return upper;
      default:
        // Extension methods are case-sensitive (RFC 9110 §9.1): keep them as sent.
        return method;
    }
  }

  /** The path of the URL, without query or fragment; {@code "/"} when it has none. */
  public String path() {
    return Urls.path(url);
  }
}
