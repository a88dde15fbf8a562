package io.statuslint.bench;

import io.statuslint.servlet.FilterMode;
import io.statuslint.servlet.StatusGuideFilter;
import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.concurrent.TimeUnit;
import org.eclipse.jetty.ee10.servlet.FilterHolder;
import org.eclipse.jetty.ee10.servlet.ServletContextHandler;
import org.eclipse.jetty.ee10.servlet.ServletHolder;
import org.eclipse.jetty.server.LocalConnector;
import org.eclipse.jetty.server.Server;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The cost of {@code StatusGuideFilter} per request, measured through a real Jetty 12 (its in-memory
 * {@link LocalConnector}: the full HTTP parser, servlet pipeline and response generator, no sockets).
 * Run with {@code filter=none}, {@code check} and {@code guard}: the filter's overhead is the
 * difference to {@code none}. Target: under 5 µs for a clean request in check mode.
 *
 * <ul>
 *   <li>{@code clean200Json}: GET answered 200 with a 2 KB JSON body (the common case);</li>
 *   <li>{@code clean404Problem}: GET answered 404 with a small Problem Details body, which guard mode
 *       holds back, judges and releases.</li>
 * </ul>
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 4, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ServletFilterBenchmark {

  private static final String GET_ORDER = "GET /orders/42 HTTP/1.1\r\nHost: api.example.com\r\n"
      + "Accept: application/json\r\nUser-Agent: bench/1.0\r\nConnection: close\r\n\r\n";
  private static final String GET_MISSING = "GET /orders/missing HTTP/1.1\r\nHost: api.example.com\r\n"
      + "Accept: application/json\r\nUser-Agent: bench/1.0\r\nConnection: close\r\n\r\n";

  @Param({"none", "check", "guard"})
  public String filter;

  private Server server;
  private LocalConnector connector;

  /** 200 with a 2 KB JSON order. */
  public static final class OrderServlet extends HttpServlet {
    private static final byte[] BODY = Samples.orderJson(2_000).getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setContentType("application/json");
      resp.setHeader("Cache-Control", "no-cache");
      resp.setContentLength(BODY.length);
      resp.getOutputStream().write(BODY);
    }
  }

  /** 404 with a Problem Details body. */
  public static final class MissingServlet extends HttpServlet {
    private static final byte[] BODY = ("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
        + "\"detail\":\"No order with this id.\"}").getBytes(StandardCharsets.UTF_8);

    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(404);
      resp.setContentType("application/problem+json");
      resp.getOutputStream().write(BODY);
    }
  }

  @Setup(Level.Trial)
  public void start() throws Exception {
    server = new Server();
    connector = new LocalConnector(server);
    server.addConnector(connector);
    ServletContextHandler context = new ServletContextHandler();
    if (!filter.equals("none")) {
      FilterMode mode = filter.equals("guard") ? FilterMode.GUARD : FilterMode.CHECK;
      context.addFilter(new FilterHolder(StatusGuideFilter.create(s -> s.mode(mode).retryAfterSeconds(30))),
          "/*", EnumSet.of(DispatcherType.REQUEST));
    }
    context.addServlet(new ServletHolder(new OrderServlet()), "/orders/42");
    context.addServlet(new ServletHolder(new MissingServlet()), "/orders/missing");
    server.setHandler(context);
    server.start();
    String check = connector.getResponse(GET_ORDER);
    if (!check.startsWith("HTTP/1.1 200")) {
      throw new IllegalStateException("the benchmark server does not answer: " + check);
    }
  }

  @TearDown(Level.Trial)
  public void stop() throws Exception {
    server.stop();
  }

  @Benchmark
  public String clean200Json() throws Exception {
    return connector.getResponse(GET_ORDER);
  }

  @Benchmark
  public String clean404Problem() throws Exception {
    return connector.getResponse(GET_MISSING);
  }
}
