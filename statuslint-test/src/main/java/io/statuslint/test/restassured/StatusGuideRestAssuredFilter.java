package io.statuslint.test.restassured;

import io.restassured.filter.Filter;
import io.restassured.filter.FilterContext;
import io.restassured.http.Header;
import io.restassured.response.Response;
import io.restassured.specification.FilterableRequestSpecification;
import io.restassured.specification.FilterableResponseSpecification;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import io.statuslint.test.GuideHooks;
import io.statuslint.test.StatusGuide;
import java.nio.charset.StandardCharsets;
import java.util.Objects;

/**
 * A REST Assured filter that judges every response against the status guide: inside a
 * {@code @CheckStatusGuide} class the exchange goes to the class report; elsewhere a finding fails
 * the request with an {@link AssertionError}.
 *
 * <pre>
 * given().filter(new StatusGuideRestAssuredFilter()).get("/orders/42");
 * RestAssured.filters(new StatusGuideRestAssuredFilter(StatusGuide.standard().ignoring("…")));
 * </pre>
 *
 * Needs REST Assured on the test class path; statuslint-test does not bring it.
 */
public final class StatusGuideRestAssuredFilter implements Filter {

  private final StatusGuide guide;

  public StatusGuideRestAssuredFilter() {
    this(StatusGuide.standard());
  }

  public StatusGuideRestAssuredFilter(StatusGuide guide) {
    this.guide = Objects.requireNonNull(guide, "guide");
  }

  @Override
  public Response filter(FilterableRequestSpecification request, FilterableResponseSpecification responseSpec,
      FilterContext context) {
    Response response = context.next(request, responseSpec);
    GuideHooks.submit(exchange(request, response), guide);
    return response;
  }

  static Exchange exchange(FilterableRequestSpecification request, Response response) {
    HttpRequest req = new HttpRequest(request.getMethod(), request.getURI(), headers(request.getHeaders()),
        requestBody(request.getBody()), false);
    Headers responseHeaders = headers(response.getHeaders());
    // REST Assured keeps the body in memory once read, so reading it here costs the test nothing.
    byte[] bytes = response.getBody().asByteArray();
    Body body = bytes == null ? Body.unknown()
        : Body.ofBytes(bytes, MediaTypes.charset(responseHeaders.first("Content-Type")));
    return new Exchange(req, new HttpResponse(response.getStatusCode(), reason(response.getStatusLine()),
        responseHeaders, body));
  }

  private static Headers headers(io.restassured.http.Headers headers) {
    Headers.Builder b = Headers.builder();
    if (headers != null) {
      for (Header h : headers) {
        b.add(h.getName(), h.getValue());
      }
    }
    return b.build();
  }

  private static Body requestBody(Object body) {
    if (body == null) {
      return Body.absent();
    }
    if (body instanceof byte[] bytes) {
      return Body.ofBytes(bytes, StandardCharsets.UTF_8);
    }
    if (body instanceof String s) {
      return Body.ofText(s);
    }
    return Body.unknown();
  }

  /** {@code "HTTP/1.1 404 Not Found"} gives {@code "Not Found"}. */
  private static String reason(String statusLine) {
    if (statusLine == null) {
      return "";
    }
    String[] parts = statusLine.split(" ", 3);
    return parts.length == 3 ? parts[2] : "";
  }
}
