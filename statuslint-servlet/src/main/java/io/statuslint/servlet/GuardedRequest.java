package io.statuslint.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;

/**
 * The request as the application sees it. Its only change: asynchronous processing runs on our
 * wrappers and through {@link GuardedAsyncContext}, so the filter learns when an asynchronous
 * exchange ends while its body can still be replaced.
 */
final class GuardedRequest extends HttpServletRequestWrapper {

  private final CapturedResponse response;
  private final FilteredExchange exchange;
  private GuardedAsyncContext async;

  GuardedRequest(HttpServletRequest request, CapturedResponse response, FilteredExchange exchange) {
    super(request);
    this.response = response;
    this.exchange = exchange;
  }

  @Override
  public AsyncContext startAsync() {
    // The no-argument form would hand the unwrapped response to the async code: pass ours instead.
    return wrap(super.startAsync(this, response), true);
  }

  @Override
  public AsyncContext startAsync(ServletRequest request, ServletResponse response) {
    return wrap(super.startAsync(request, response), false);
  }

  @Override
  public AsyncContext getAsyncContext() {
    AsyncContext real = super.getAsyncContext();
    synchronized (this) {
      return async != null && async.wraps(real) ? async : real;
    }
  }

  private synchronized AsyncContext wrap(AsyncContext real, boolean original) {
    if (async == null || !async.wraps(real)) {
      async = new GuardedAsyncContext(real, exchange, original);
      // First in line: on a timeout or error, stop holding before the application's listeners write.
      real.addListener(exchange, this, response);
    }
    return async;
  }
}
