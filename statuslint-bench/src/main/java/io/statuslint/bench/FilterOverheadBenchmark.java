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
import org.springframework.mock.web.MockFilterConfig;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The filter on its own: one request through {@code StatusGuideFilter.doFilter} to a "servlet" (a
 * filter chain that writes the response), against the same chain called directly
 * ({@code filter=none}). In-memory request and response objects (Spring's servlet mocks) keep the
 * container's cost and its noise out, so the difference is the filter's overhead per request:
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

  private final FilterChain orderServlet = (req, res) -> {
    HttpServletResponse r = (HttpServletResponse) res;
    r.setContentType("application/json");
    r.setHeader("Cache-Control", "no-cache");
    r.setContentLength(ORDER.length);
    r.getOutputStream().write(ORDER);
  };

  private final FilterChain missingServlet = (req, res) -> {
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
      statusGuide.init(new MockFilterConfig());
    }
  }

  private static MockHttpServletRequest request(String uri) {
    MockHttpServletRequest req = new MockHttpServletRequest("GET", uri);
    req.setServerName("api.example.com");
    req.addHeader("Accept", "application/json");
    req.addHeader("User-Agent", "bench/1.0");
    return req;
  }

  private MockHttpServletResponse run(String uri, FilterChain servlet) throws Exception {
    MockHttpServletRequest req = request(uri);
    MockHttpServletResponse res = new MockHttpServletResponse();
    if (statusGuide == null) {
      servlet.doFilter(req, res);
    } else {
      statusGuide.doFilter(req, res, servlet);
    }
    return res;
  }

  @Benchmark
  public MockHttpServletResponse clean200Json() throws Exception {
    return run("/orders/42", orderServlet);
  }

  @Benchmark
  public MockHttpServletResponse clean404Problem() throws Exception {
    return run("/orders/missing", missingServlet);
  }
}
