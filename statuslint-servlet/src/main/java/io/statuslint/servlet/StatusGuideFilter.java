package io.statuslint.servlet;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.FilterConfig;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.function.Consumer;
import org.slf4j.LoggerFactory;

/**
 * The status guide inside a running application (Jakarta Servlet 6).
 *
 * <p><b>Check mode</b> (the default) judges every exchange with the rule engine and logs each finding
 * through SLF4J (the first per rule and endpoint at WARN, later ones at DEBUG) and counts it in
 * {@link GuideMetrics}. Responses are never changed. Bodies are copied up to the capture limit while
 * they stream to the client; a longer body is judged on its prefix.
 *
 * <p><b>Guard mode</b> also protects clients:
 * <ul>
 *   <li>An error response (4xx/5xx) is held back while the application writes it, up to the capture
 *       limit. When it ends, if a guarded rule (by default {@code leak-stack-trace}, {@code leak-sql},
 *       {@code leak-file-path}) finds a leak in it, the body is replaced by an
 *       {@code application/problem+json} body with the same status and an incident id, and the
 *       original is logged at ERROR under that id. Otherwise it is sent as written.</li>
 *   <li>A body can be replaced only while the response is uncommitted and the body within the capture
 *       limit. An error body that grows past the limit is released and streams on; if it leaks, the
 *       leak is logged and counted ({@link GuideMetrics#leaksNotReplaced()}) but reaches the client.
 *       The same holds for non-blocking output ({@code setWriteListener}), which is never held, and
 *       for a body written after {@code AsyncContext.dispatch()}.</li>
 *   <li>Flushes of a held error body are deferred until it ends or passes the limit.</li>
 *   <li>A 429 or 503 without Retry-After gets the configured default (if one is configured).</li>
 *   <li>A {@code sendError} message that leaks is kept out of the container's error page.</li>
 *   <li>An exception escaping the application while the response is uncommitted is answered with a
 *       safe 500 body and logged with its incident id (see
 *       {@link StatusGuideSettings#answerUncaughtExceptions(boolean)}).</li>
 * </ul>
 *
 * <p>Asynchronous requests are followed to their end: bodies written before
 * {@code AsyncContext.complete()} are held and judged like synchronous ones. Register the filter for
 * the {@code REQUEST} dispatcher type, {@code ASYNC} if your application dispatches, and
 * {@code ERROR} to have error pages (servlets or JSPs mapped as error pages) judged and guarded too.
 * An error page the container renders by itself, without a dispatch, is not seen.
 */
public final class StatusGuideFilter implements Filter {

  private final StatusGuideSettings settings;
  private final boolean configuredInCode;
  private final GuideMetrics metrics = new GuideMetrics();
  private volatile Guard guard;

  /** For containers that instantiate filters themselves: configured from init parameters. */
  public StatusGuideFilter() {
    this.settings = new StatusGuideSettings();
    this.configuredInCode = false;
  }

  private StatusGuideFilter(StatusGuideSettings settings) {
    this.settings = settings;
    this.configuredInCode = true;
    this.guard = newGuard();
  }

  /** A filter configured in code; init parameters are then ignored. */
  public static StatusGuideFilter create(Consumer<StatusGuideSettings> configure) {
    StatusGuideSettings s = new StatusGuideSettings();
    configure.accept(s);
    return new StatusGuideFilter(s);
  }

  @Override
  public void init(FilterConfig filterConfig) {
    if (!configuredInCode) {
      settings.apply(filterConfig);
      guard = newGuard();
    }
    filterConfig.getServletContext().setAttribute(GuideMetrics.ATTRIBUTE, metrics);
  }

  private Guard newGuard() {
    return new Guard(settings.buildEngine(), settings, metrics, LoggerFactory.getLogger(settings.logger()));
  }

  public GuideMetrics metrics() {
    return metrics;
  }

  public StatusGuideSettings settings() {
    return settings;
  }

  @Override
  public void doFilter(ServletRequest req, ServletResponse res, FilterChain chain)
      throws IOException, ServletException {
    if (!(req instanceof HttpServletRequest request) || !(res instanceof HttpServletResponse response)) {
      chain.doFilter(req, res);
      return;
    }
    if (request.getAttribute(FilteredExchange.ATTRIBUTE) instanceof FilteredExchange earlier
        && !(request.getDispatcherType() == DispatcherType.ERROR && earlier.finished())) {
      redispatched(earlier, request, response, chain);
      return;
    }
    // Otherwise a new exchange: a request, or an error page rendered after the exchange that
    // called sendError ended (the filter sees it when registered for the ERROR dispatcher type).
    Guard g = guard;
    if (g == null) {
      throw new ServletException("StatusGuideFilter used before init()");
    }
    boolean guardMode = settings.mode() == FilterMode.GUARD;
    CapturedResponse captured = new CapturedResponse(response, settings.captureLimit(), guardMode,
        settings.retryAfterSeconds(), metrics);
    FilteredExchange exchange = new FilteredExchange(g, request, captured);
    if (guardMode) {
      captured.vetMessagesWith((status, message, r) -> g.allowsMessage(exchange, status, message));
    }
    GuardedRequest guarded = new GuardedRequest(request, captured, exchange);
    request.setAttribute(FilteredExchange.ATTRIBUTE, exchange);
    try {
      chain.doFilter(guarded, captured);
    } catch (IOException | ServletException | RuntimeException e) {
      if (guardMode && settings.answerUncaughtExceptions() && !request.isAsyncStarted()
          && g.answerUncaught(exchange, e)) {
        exchange.abandon();
        return;
      }
      exchange.abandon();
      throw e;
    }
    if (!request.isAsyncStarted()) {
      exchange.finish();
    }
  }

  /** The same exchange again (an async, forward or error dispatch): finish it when it really ends. */
  private static void redispatched(FilteredExchange exchange, HttpServletRequest request,
      HttpServletResponse response, FilterChain chain) throws IOException, ServletException {
    chain.doFilter(request, response);
    if (request.getDispatcherType() == DispatcherType.ASYNC && !request.isAsyncStarted()) {
      exchange.finish();
    }
  }
}
