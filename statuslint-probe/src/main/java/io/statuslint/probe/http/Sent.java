package io.statuslint.probe.http;

import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import java.util.List;

/**
 * What happened to one request: the request as sent, the final response (or {@code null}), every
 * interim 1xx response before it, and how long it took.
 *
 * @param response the final response; its body holds what could be read (a prefix after a timeout)
 * @param strayBytes true when bytes followed a response that cannot have content (204, 304, an
 *     answer to HEAD): they are the response's body, since a client that reuses the connection
 *     would read them as the start of the next response
 * @param failure why the answer is missing or incomplete, or {@code null}
 */
public record Sent(
    HttpRequest request,
    HttpResponse response,
    List<HttpResponse> interim,
    boolean strayBytes,
    TransportFailure failure,
    long millis) {

  public Sent {
    interim = List.copyOf(interim);
  }

  public boolean hasResponse() {
    return response != null;
  }

  /** The final status, or -1 without a response. */
  public int status() {
    return response == null ? -1 : response.status();
  }

  /** The first value of a response header field, or {@code null}. */
  public String header(String name) {
    return response == null ? null : response.headers().first(name);
  }

  public boolean is2xx() {
    int s = status();
    return s >= 200 && s < 300;
  }
}
