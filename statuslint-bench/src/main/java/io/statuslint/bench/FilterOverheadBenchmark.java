package io.statuslint.bench;

import io.statuslint.servlet.FilterMode;
import io.statuslint.servlet.StatusGuideFilter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The filter on its own: one request through {@code StatusGuideFilter.doFilter} to a "servlet" (a
 * filter chain that writes the response), against the same chain called directly
 * ({@code filter=none}). Minimal in-memory request and response objects ({@link InMemoryServlet}) keep
 * the container's cost and its noise out, so the difference is the filter's overhead per request:
 * wrapping, copying the body, building the exchange and running every built-in rule. Target: under
 * 5 µs for a clean request in check mode. {@link ServletFilterBenchmark} measures the same through
 * a real Jetty.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class FilterOverheadBenchmark {

  private static final byte[] ORDER = Samples.orderJson(2_000).getBytes(StandardCharsets.UTF_8);
  private static final byte[] PROBLEM = ("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
      + "\"detail\":\"No order with this id.\"}").getBytes(StandardCharsets.UTF_8);

  @Param({"none", "check", "guard"})
  public String filter;

  private StatusGuideFilter statusGuide;

  private static final FilterChain ORDER_SERVLET = (req, res) -> {
    HttpServletResponse r = (HttpServletResponse) res;
    r.setContentType("application/json");
    r.setHeader("Cache-Control", "no-cache");
    r.setContentLength(ORDER.length);
    r.getOutputStream().write(ORDER);
  };

  private static final FilterChain MISSING_SERVLET = (req, res) -> {
    HttpServletResponse r = (HttpServletResponse) res;
    r.setStatus(404);
    r.setContentType("application/problem+json");
    r.getOutputStream().write(PROBLEM);
  };

  @Setup
  public void setUp() throws Exception {
    if (!filter.equals("none")) {
      FilterMode mode = filter.equals("guard") ? FilterMode.GUARD : FilterMode.CHECK;
      statusGuide = StatusGuideFilter.create(s -> s.mode(mode).retryAfterSeconds(30));
    }
    // Fails here, not in a measurement, if the in-memory objects lack a method the filter calls.
    if (clean200Json().bodySize() != ORDER.length || clean404Problem().bodySize() != PROBLEM.length) {
      throw new IllegalStateException("the benchmark servlets did not write their bodies");
    }
  }

  private InMemoryServlet.Response run(String uri, FilterChain servlet) throws Exception {
    InMemoryServlet.Request req = new InMemoryServlet.Request(uri, "Host", "api.example.com",
        "Accept", "application/json", "User-Agent", "bench/1.0");
    InMemoryServlet.Response res = new InMemoryServlet.Response();
    if (statusGuide == null) {
      servlet.doFilter(req, res);
    } else {
      statusGuide.doFilter(req, res, servlet);
    }
    return res;
  }

  @Benchmark
  public InMemoryServlet.Response clean200Json() throws Exception {
    return run("/orders/42", ORDER_SERVLET);
  }

  @Benchmark
  public InMemoryServlet.Response clean404Problem() throws Exception {
    return run("/orders/missing", MISSING_SERVLET);
  }
}
