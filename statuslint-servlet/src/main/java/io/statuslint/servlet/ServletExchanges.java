package io.statuslint.servlet;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.Origin;
import jakarta.servlet.http.HttpServletRequest;
import java.util.Enumeration;

/** Builds the statuslint exchange of a servlet request and its captured response. */
final class ServletExchanges {

  private ServletExchanges() {}

  static Exchange from(HttpServletRequest request, CapturedResponse response, String exchangeId) {
    return new Exchange(request(request), response(request, response), exchangeId == null ? Origin.NONE
        : Origin.live(exchangeId));
  }

  static HttpRequest request(HttpServletRequest request) {
    StringBuffer url = request.getRequestURL();
    String query = request.getQueryString();
    if (query != null) {
      url.append('?').append(query);
    }
    Headers.Builder headers = Headers.builder();
    for (Enumeration<String> names = request.getHeaderNames(); names.hasMoreElements(); ) {
      String name = names.nextElement();
      for (Enumeration<String> values = request.getHeaders(name); values.hasMoreElements(); ) {
        headers.add(name, values.nextElement());
      }
    }
    // The filter does not read request bodies: the application does.
    return new HttpRequest(request.getMethod(), url.toString(), headers.build(), Body.unknown(), false);
  }

  static HttpResponse response(HttpServletRequest request, CapturedResponse response) {
    Headers.Builder headers = Headers.builder();
    for (String name : response.getHeaderNames()) {
      for (String value : response.getHeaders(name)) {
        headers.add(name, value);
      }
    }
    Body body = response.capturedBody("HEAD".equals(request.getMethod()));
    return new HttpResponse(response.getStatus(), headers.build(), body);
  }

  /** A response whose body is {@code text}: how the guard judges a {@code sendError} message. */
  static Exchange withBody(Exchange exchange, int status, String text) {
    return new Exchange(exchange.request(), new HttpResponse(status,
        Headers.of("Content-Type", "text/plain"), Body.ofText(text)), exchange.origin());
  }
}
