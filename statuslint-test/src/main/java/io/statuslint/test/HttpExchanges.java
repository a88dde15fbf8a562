package io.statuslint.test;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.http.HttpHeaders;
import java.nio.charset.Charset;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

/**
 * Turns a {@link java.net.http.HttpResponse} into an {@link Exchange}. What the client did not keep
 * stays unknown rather than empty: a body read with {@code BodyHandlers.discarding()} or as a stream
 * is {@link Body#unknown()}, so no body rule judges it.
 */
public final class HttpExchanges {

  /** Bodies saved to a file are read up to this size; the rest is a truncated prefix. */
  static final int MAX_FILE_BODY = 1 << 20;

  private HttpExchanges() {}

  public static Exchange from(java.net.http.HttpResponse<?> response) {
    java.net.http.HttpRequest request = response.request();
    // The request's body publisher cannot be read back, so its body is unknown when there was one.
    Body requestBody = request.bodyPublisher().map(p -> p.contentLength() == 0 ? Body.absent() : Body.unknown())
        .orElse(Body.absent());
    HttpRequest req = new HttpRequest(request.method(), request.uri().toString(), headers(request.headers()),
        requestBody, false);
    Headers responseHeaders = headers(response.headers());
    Charset charset = MediaTypes.charset(responseHeaders.first("Content-Type"));
    HttpResponse res = new HttpResponse(response.statusCode(), responseHeaders, body(response.body(), charset));
    return new Exchange(req, res);
  }

  static Headers headers(HttpHeaders headers) {
    Headers.Builder b = Headers.builder();
    for (Map.Entry<String, List<String>> e : headers.map().entrySet()) {
      if (e.getKey().startsWith(":")) {
        continue; // HTTP/2 pseudo-headers are not fields
      }
      for (String v : e.getValue()) {
        b.add(e.getKey(), v);
      }
    }
    return b.build();
  }

  static Body body(Object body, Charset charset) {
    if (body instanceof String s) {
      return Body.ofText(s);
    }
    if (body instanceof byte[] bytes) {
      return Body.ofBytes(bytes, charset);
    }
    if (body instanceof Path file) {
      return fileBody(file, charset);
    }
    // Void (discarded), InputStream, Stream<String>, a publisher or a mapped type: not kept.
    return Body.unknown();
  }

  private static Body fileBody(Path file, Charset charset) {
    try {
      long size = Files.size(file);
      if (size <= MAX_FILE_BODY) {
        return Body.ofBytes(Files.readAllBytes(file), charset);
      }
      try (InputStream in = Files.newInputStream(file)) {
        return Body.truncated(in.readNBytes(MAX_FILE_BODY), size, charset);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the response body saved to " + file, e);
    }
  }
}
