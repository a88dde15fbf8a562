package io.statuslint.test;

import java.io.IOException;
import java.net.Authenticator;
import java.net.CookieHandler;
import java.net.ProxySelector;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandler;
import java.net.http.HttpResponse.PushPromiseHandler;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Executor;
import javax.net.ssl.SSLContext;
import javax.net.ssl.SSLParameters;

/**
 * A JDK {@link HttpClient} that hands every response it receives to {@link GuideHooks}: inside a
 * {@code @CheckStatusGuide} class it is recorded for the class report, elsewhere a finding fails the
 * call with an {@link AssertionError}.
 *
 * <pre>
 * HttpClient client = RecordingHttpClient.wrap(HttpClient.newHttpClient());
 * </pre>
 *
 * Bodies read as {@code String}, {@code byte[]} or a file are judged; streamed or discarded bodies are
 * unknown, so body rules stay silent on them.
 */
public final class RecordingHttpClient extends HttpClient {

  private final HttpClient delegate;
  private final StatusGuide guide;

  private RecordingHttpClient(HttpClient delegate, StatusGuide guide) {
    this.delegate = Objects.requireNonNull(delegate, "delegate");
    this.guide = Objects.requireNonNull(guide, "guide");
  }

  public static RecordingHttpClient wrap(HttpClient delegate) {
    return new RecordingHttpClient(delegate, StatusGuide.standard());
  }

  public static RecordingHttpClient wrap(HttpClient delegate, StatusGuide guide) {
    return new RecordingHttpClient(delegate, guide);
  }

  @Override
  public <T> HttpResponse<T> send(HttpRequest request, BodyHandler<T> handler)
      throws IOException, InterruptedException {
    HttpResponse<T> response = delegate.send(request, handler);
    GuideHooks.submit(HttpExchanges.from(response), guide);
    return response;
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(HttpRequest request, BodyHandler<T> handler) {
    return recorded(delegate.sendAsync(request, handler));
  }

  @Override
  public <T> CompletableFuture<HttpResponse<T>> sendAsync(
      HttpRequest request, BodyHandler<T> handler, PushPromiseHandler<T> pushPromiseHandler) {
    return recorded(delegate.sendAsync(request, handler, pushPromiseHandler));
  }

  private <T> CompletableFuture<HttpResponse<T>> recorded(CompletableFuture<HttpResponse<T>> future) {
    // The response completes on a client thread: bind it to the log of the thread that sent it.
    ExchangeLog log = GuideHooks.active().orElse(null);
    return future.thenApply(response -> {
      GuideHooks.submit(HttpExchanges.from(response), guide, log);
      return response;
    });
  }

  @Override
  public Optional<CookieHandler> cookieHandler() {
    return delegate.cookieHandler();
  }

  @Override
  public Optional<Duration> connectTimeout() {
    return delegate.connectTimeout();
  }

  @Override
  public Redirect followRedirects() {
    return delegate.followRedirects();
  }

  @Override
  public Optional<ProxySelector> proxy() {
    return delegate.proxy();
  }

  @Override
  public SSLContext sslContext() {
    return delegate.sslContext();
  }

  @Override
  public SSLParameters sslParameters() {
    return delegate.sslParameters();
  }

  @Override
  public Optional<Authenticator> authenticator() {
    return delegate.authenticator();
  }

  @Override
  public Version version() {
    return delegate.version();
  }

  @Override
  public Optional<Executor> executor() {
    return delegate.executor();
  }

  @Override
  public WebSocket.Builder newWebSocketBuilder() {
    return delegate.newWebSocketBuilder();
  }
}
