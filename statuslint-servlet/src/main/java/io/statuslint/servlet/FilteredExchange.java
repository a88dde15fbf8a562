package io.statuslint.servlet;

import jakarta.servlet.AsyncEvent;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.http.HttpServletRequest;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * One request passing through the filter, from the first byte of its response to its end, which is
 * when the filter chain returns, or when an asynchronous request completes.
 */
final class FilteredExchange implements AsyncListener {

  static final String ATTRIBUTE = FilteredExchange.class.getName();

  private final Guard guard;
  private final HttpServletRequest request;
  private final CapturedResponse response;
  private final AtomicBoolean finished = new AtomicBoolean();

  FilteredExchange(Guard guard, HttpServletRequest request, CapturedResponse response) {
    this.guard = guard;
    this.request = request;
    this.response = response;
  }

  HttpServletRequest request() {
    return request;
  }

  CapturedResponse response() {
    return response;
  }

  /** Judges the exchange and replaces or releases a held body; only the first call counts. */
  void finish() {
    if (finished.compareAndSet(false, true)) {
      guard.complete(this, false);
    }
  }

  boolean finished() {
    return finished.get();
  }

  /** The application failed: the container answers instead, so nothing held is sent. */
  void abandon() {
    finished.set(true);
  }

  void stopHolding() {
    response.stopHolding();
  }

  @Override
  public void onComplete(AsyncEvent event) {
    // Normally complete() went through GuardedAsyncContext; this catches completions that did not.
    if (finished.compareAndSet(false, true)) {
      guard.complete(this, true);
    }
  }

  @Override
  public void onTimeout(AsyncEvent event) {
    stopHolding();
  }

  @Override
  public void onError(AsyncEvent event) {
    stopHolding();
  }

  @Override
  public void onStartAsync(AsyncEvent event) {
    event.getAsyncContext().addListener(this, request, response);
  }
}
