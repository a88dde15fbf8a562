package io.statuslint.servlet;

import jakarta.servlet.AsyncContext;
import jakarta.servlet.AsyncListener;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

/**
 * The application's async context. {@link #complete()} first lets the filter finish the exchange
 * (judge it, and replace or release a held body) and then completes. A {@code dispatch} hands the
 * response to other code the filter may not see again, so it releases anything held first.
 */
final class GuardedAsyncContext implements AsyncContext {

  private final AsyncContext real;
  private final FilteredExchange exchange;
  private final boolean original;

  GuardedAsyncContext(AsyncContext real, FilteredExchange exchange, boolean original) {
    this.real = real;
    this.exchange = exchange;
    this.original = original;
  }

  boolean wraps(AsyncContext context) {
    return real == context;
  }

  @Override
  public void complete() {
    try {
      exchange.finish();
    } finally {
      real.complete();
    }
  }

  @Override
  public void dispatch() {
    exchange.stopHolding();
    real.dispatch();
  }

  @Override
  public void dispatch(String path) {
    exchange.stopHolding();
    real.dispatch(path);
  }

  @Override
  public void dispatch(ServletContext context, String path) {
    exchange.stopHolding();
    real.dispatch(context, path);
  }

  @Override
  public ServletRequest getRequest() {
    return real.getRequest();
  }

  @Override
  public ServletResponse getResponse() {
    return real.getResponse();
  }

  @Override
  public boolean hasOriginalRequestAndResponse() {
    return original || real.hasOriginalRequestAndResponse();
  }

  @Override
  public void start(Runnable run) {
    real.start(run);
  }

  @Override
  public void addListener(AsyncListener listener) {
    real.addListener(listener);
  }

  @Override
  public void addListener(AsyncListener listener, ServletRequest request, ServletResponse response) {
    real.addListener(listener, request, response);
  }

  @Override
  public <T extends AsyncListener> T createListener(Class<T> clazz) throws ServletException {
    return real.createListener(clazz);
  }

  @Override
  public void setTimeout(long timeout) {
    real.setTimeout(timeout);
  }

  @Override
  public long getTimeout() {
    return real.getTimeout();
  }
}
