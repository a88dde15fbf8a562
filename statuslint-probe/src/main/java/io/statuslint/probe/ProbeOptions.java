package io.statuslint.probe;

import io.statuslint.model.Headers;
import io.statuslint.probe.endpoints.EndpointSource;
import io.statuslint.probe.endpoints.GivenPaths;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * How a probe runs. The defaults are the polite ones: safe methods only, four requests in flight, a
 * request budget, ten seconds per request, and at most a minute's pause when the target asks for one.
 *
 * @param headers the user's header fields (credentials among them), sent with every request except
 *     where an experiment leaves the credentials out
 * @param maxRequests the budget: the probe stops when it is spent
 * @param concurrency how many endpoints are probed at once (each sends one request at a time)
 * @param maxWait the longest Retry-After the probe honours; beyond it the endpoint is skipped
 * @param backoff the pause after a 429 or 503 that names no Retry-After
 * @param maxDiscovered how many paths answers may reveal beyond the given ones
 */
public record ProbeOptions(
    URI base,
    EndpointSource endpoints,
    boolean unsafe,
    Headers headers,
    int maxRequests,
    int concurrency,
    Duration connectTimeout,
    Duration requestTimeout,
    Duration maxWait,
    Duration backoff,
    long oversizedBodyBytes,
    int maxDiscovered,
    boolean trustAllTls,
    String userAgent) {

  public static final int DEFAULT_MAX_REQUESTS = 5000;
  public static final int DEFAULT_CONCURRENCY = 4;
  public static final long DEFAULT_OVERSIZED_BODY = 10L * 1024 * 1024;

  public ProbeOptions {
    Objects.requireNonNull(base, "base");
    String scheme = base.getScheme() == null ? "" : base.getScheme().toLowerCase(Locale.ROOT);
    if (!scheme.equals("http") && !scheme.equals("https") || base.getHost() == null) {
      throw new IllegalArgumentException("the base URL must be an absolute http:// or https:// URL: " + base);
    }
    if (base.getRawUserInfo() != null) {
      throw new IllegalArgumentException("put credentials in a header (--header 'Authorization: …'), not in the URL");
    }
    endpoints = Objects.requireNonNullElse(endpoints, new GivenPaths(basePath(base), List.of()));
    headers = Objects.requireNonNullElse(headers, Headers.empty());
    if (maxRequests < 1 || concurrency < 1 || maxDiscovered < 0 || oversizedBodyBytes < 64) {
      throw new IllegalArgumentException("limits must be positive");
    }
  }

  /** Options with the defaults for everything but the target. */
  public static Builder builder(URI base) {
    return new Builder(base);
  }

  /** These options with the endpoints taken from {@code source} (a spec) instead. */
  public ProbeOptions withEndpoints(EndpointSource source) {
    return new ProbeOptions(base, source, unsafe, headers, maxRequests, concurrency, connectTimeout, requestTimeout,
        maxWait, backoff, oversizedBodyBytes, maxDiscovered, trustAllTls, userAgent);
  }

  /** The base URL's path, {@code "/"} when it has none, without a trailing slash otherwise. */
  public String basePath() {
    return basePath(base);
  }

  static String basePath(URI base) {
    String p = base.getRawPath();
    if (p == null || p.isEmpty() || p.equals("/")) {
      return "/";
    }
    return p.endsWith("/") ? p.substring(0, p.length() - 1) : p;
  }

  /** Collects options; unset ones keep their defaults. */
  public static final class Builder {
    private final URI base;
    private EndpointSource endpoints;
    private boolean unsafe;
    private Headers headers = Headers.empty();
    private int maxRequests = DEFAULT_MAX_REQUESTS;
    private int concurrency = DEFAULT_CONCURRENCY;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration requestTimeout = Duration.ofSeconds(10);
    private Duration maxWait = Duration.ofSeconds(60);
    private Duration backoff = Duration.ofSeconds(1);
    private long oversizedBodyBytes = DEFAULT_OVERSIZED_BODY;
    private int maxDiscovered = 50;
    private boolean trustAllTls;
    private String userAgent = "statuslint-probe";

    Builder(URI base) {
      this.base = base;
    }

    public Builder endpoints(EndpointSource s) {
      this.endpoints = s;
      return this;
    }

    public Builder paths(List<String> paths) {
      this.endpoints = new GivenPaths(basePath(base), paths);
      return this;
    }

    public Builder unsafe(boolean b) {
      this.unsafe = b;
      return this;
    }

    public Builder headers(Headers h) {
      this.headers = h;
      return this;
    }

    public Builder maxRequests(int n) {
      this.maxRequests = n;
      return this;
    }

    public Builder concurrency(int n) {
      this.concurrency = n;
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    public Builder requestTimeout(Duration d) {
      this.requestTimeout = d;
      return this;
    }

    public Builder maxWait(Duration d) {
      this.maxWait = d;
      return this;
    }

    public Builder backoff(Duration d) {
      this.backoff = d;
      return this;
    }

    public Builder oversizedBodyBytes(long n) {
      this.oversizedBodyBytes = n;
      return this;
    }

    public Builder maxDiscovered(int n) {
      this.maxDiscovered = n;
      return this;
    }

    public Builder trustAllTls(boolean b) {
      this.trustAllTls = b;
      return this;
    }

    public Builder userAgent(String ua) {
      this.userAgent = ua;
      return this;
    }

    public ProbeOptions build() {
      return new ProbeOptions(base, endpoints, unsafe, headers, maxRequests, concurrency, connectTimeout,
          requestTimeout, maxWait, backoff, oversizedBodyBytes, maxDiscovered, trustAllTls, userAgent);
    }
  }
}
