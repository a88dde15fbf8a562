package io.statuslint.servlet;

import static io.statuslint.servlet.JettyApp.servlets;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.servlet.MisbehavingServlets.StreamingServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Check mode in a real Jetty 12: every exchange judged, logged and counted; no response changed. */
class CheckModeTest {

  static StatusGuideFilter filter;
  static JettyApp app;

  /** Prints the metrics the filter published in the servlet context. */
  static final class MetricsServlet extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      GuideMetrics metrics = (GuideMetrics) getServletContext().getAttribute(GuideMetrics.ATTRIBUTE);
      resp.setContentType("text/plain");
      resp.getWriter().print(metrics.snapshot());
    }
  }

  @BeforeAll
  static void start() throws Exception {
    filter = StatusGuideFilter.create(s -> s.captureLimit(16 * 1024));
    StreamingServlet stream = new StreamingServlet(200, "clean\n");
    stream.firstChunkRead.countDown();
    app = JettyApp.start(filter, servlets(
        "/orders/42", new MisbehavingServlets.CleanJson(),
        "/orders", new MisbehavingServlets.CreatedWithoutLocation(),
        "/stacktrace", new MisbehavingServlets.StackTraceServlet(),
        "/async-leak", new MisbehavingServlets.AsyncLeakServlet(),
        "/stream", stream,
        "/limited", new MisbehavingServlets.RateLimited(),
        "/throws", new MisbehavingServlets.Throwing(),
        "/metrics", new MetricsServlet()));
  }

  @AfterAll
  static void stop() throws Exception {
    app.close();
  }

  @BeforeEach
  void clearLogs() {
    CapturedLogs.clear();
  }

  @Test
  void aCleanExchangeIsCountedAndLogsNothing() throws Exception {
    long exchanges = filter.metrics().exchanges();

    HttpResponse<String> r = app.get("/orders/42");

    assertThat(r.body()).isEqualTo("{\"id\":42,\"item\":\"book\"}");
    assertThat(filter.metrics().exchanges()).isEqualTo(exchanges + 1);
    assertThat(CapturedLogs.statuslint()).isEmpty();
  }

  @Test
  void aFindingIsCountedPerRuleAndLoggedOnceAtWarnThenAtDebug() throws Exception {
    long before = filter.metrics().findings("created-location");

    app.post("/orders", "{\"item\":\"pen\"}");
    app.post("/orders", "{\"item\":\"ink\"}");

    assertThat(filter.metrics().findings("created-location")).isEqualTo(before + 2);
    List<CapturedLogs.Event> logged = CapturedLogs.events(e -> e.message().contains("created-location"));
    assertThat(logged).extracting(CapturedLogs.Event::level).containsExactly(
        before == 0 ? Level.WARN : Level.DEBUG, Level.DEBUG);
    assertThat(logged.get(0).message()).startsWith("statuslint: POST /orders -> 201 [warning] created-location: ");
  }

  @Test
  void checkModeNeverChangesALeakingBodyButCountsIt() throws Exception {
    long leaks = filter.metrics().findings("leak-stack-trace");

    HttpResponse<String> r = app.get("/stacktrace");
    HttpResponse<String> async = app.get("/async-leak");

    assertThat(r.body()).isEqualTo(MisbehavingServlets.stackTrace());
    assertThat(async.statusCode()).isEqualTo(503);
    assertThat(async.body()).isEqualTo(MisbehavingServlets.stackTrace());
    assertThat(filter.metrics().findings("leak-stack-trace")).isEqualTo(leaks + 2);
    assertThat(filter.metrics().bodiesReplaced()).isZero();
  }

  @Test
  void checkModeAddsNoRetryAfter() throws Exception {
    assertThat(app.get("/limited").headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void aLongStreamIsJudgedOnItsPrefixAndArrivesWhole() throws Exception {
    long exchanges = filter.metrics().exchanges();

    HttpResponse<String> r = app.get("/stream");

    assertThat(r.body()).hasSize("clean\n".length() + 16 * 8192);
    assertThat(filter.metrics().exchanges()).isEqualTo(exchanges + 1);
  }

  @Test
  void anUncaughtExceptionIsLeftToTheContainer() throws Exception {
    long uncaught = filter.metrics().uncaughtExceptions();

    HttpResponse<String> r = app.get("/throws");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(filter.metrics().uncaughtExceptions()).isEqualTo(uncaught);
  }

  @Test
  void metricsArePublishedInTheServletContext() throws Exception {
    app.post("/orders", "{}");

    String published = app.get("/metrics").body();

    assertThat(published).contains("exchanges=", "findings.created-location=", "guard.bodies-replaced=0");
  }
}
