package io.statuslint.servlet;

import static io.statuslint.servlet.JettyApp.servlets;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.servlet.MisbehavingServlets.StreamingServlet;
import java.io.InputStream;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.slf4j.event.Level;

/** Guard mode in a real Jetty 12, against servlets that leak, stream, go async and commit early. */
class GuardModeTest {

  static final int LIMIT = 16 * 1024;
  static final ObjectMapper JSON = new ObjectMapper();
  static StatusGuideFilter filter;
  static JettyApp app;
  static StreamingServlet cleanStream = new StreamingServlet(200, "clean\n");
  static StreamingServlet leakingStream = new StreamingServlet(500, MisbehavingServlets.stackTrace());

  @BeforeAll
  static void start() throws Exception {
    // The built-in rules, and the guard's default: the leak-stack-trace, leak-sql and leak-file-path rules.
    filter = StatusGuideFilter.create(s -> s.mode(FilterMode.GUARD)
        .captureLimit(LIMIT)
        .retryAfterSeconds(30));
    app = JettyApp.start(filter, servlets(
        "/orders/42", new MisbehavingServlets.CleanJson(),
        "/stacktrace", new MisbehavingServlets.StackTraceServlet(),
        "/sql", new MisbehavingServlets.SqlErrorServlet(),
        "/early-commit", new MisbehavingServlets.EarlyCommitServlet(),
        "/missing", new MisbehavingServlets.CleanProblem(),
        "/async-leak", new MisbehavingServlets.AsyncLeakServlet(),
        "/async-clean", new MisbehavingServlets.AsyncCleanServlet(),
        "/stream", cleanStream,
        "/stream-leak", leakingStream,
        "/non-blocking-leak", new MisbehavingServlets.NonBlockingLeakServlet(),
        "/limited", new MisbehavingServlets.RateLimited(),
        "/unavailable", new MisbehavingServlets.Unavailable(),
        "/throws", new MisbehavingServlets.Throwing(),
        "/send-error", new MisbehavingServlets.SendErrorWithSql()));
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
  void aStackTraceBodyIsReplacedBySafeProblemDetailsAndLoggedUnderItsIncident() throws Exception {
    long replaced = filter.metrics().bodiesReplaced();

    HttpResponse<String> r = app.get("/stacktrace");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.headers().firstValue("Content-Type")).hasValueSatisfying(
        ct -> assertThat(ct).startsWith("application/problem+json"));
    assertThat(r.body()).doesNotContain("IllegalStateException", "\tat ", "order 42");
    JsonNode problem = JSON.readTree(r.body());
    assertThat(problem.get("status").asInt()).isEqualTo(500);
    assertThat(problem.get("title").asText()).isEqualTo("Internal Server Error");
    String incident = problem.get("incident").asText();
    assertThat(problem.get("instance").asText()).isEqualTo("urn:uuid:" + incident);
    assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length());
    assertThat(filter.metrics().bodiesReplaced()).isEqualTo(replaced + 1);
    assertThat(CapturedLogs.statuslint()).anySatisfy(e -> {
      assertThat(e.level()).isEqualTo(Level.ERROR);
      assertThat(e.message()).contains("incident " + incident, "GET /stacktrace -> 500", "leak-stack-trace",
          "IllegalStateException: order 42 has no customer", "\tat ");
    });
  }

  @Test
  void anSqlErrorWrittenThroughTheStreamWithFlushesIsStillReplaced() throws Exception {
    HttpResponse<String> r = app.get("/sql");

    assertThat(r.statusCode()).isEqualTo(400);
    assertThat(r.body()).doesNotContain("SELECT", "PSQLException");
    assertThat(JSON.readTree(r.body()).get("title").asText()).isEqualTo("Bad Request");
    assertThat(r.headers().firstValueAsLong("Content-Length")).hasValue(r.body().length());
  }

  @Test
  void anEarlyFlushBufferOnAnErrorIsDeferredSoTheBodyCanStillBeReplaced() throws Exception {
    HttpResponse<String> r = app.get("/early-commit");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).startsWith("{\"type\":\"about:blank\"").doesNotContain("IllegalStateException");
  }

  @Test
  void aCleanErrorBodyGoesOutAsWritten() throws Exception {
    long replaced = filter.metrics().bodiesReplaced();

    HttpResponse<String> r = app.get("/missing");

    assertThat(r.statusCode()).isEqualTo(404);
    assertThat(r.body()).isEqualTo("{\"title\":\"Not Found\",\"status\":404}");
    assertThat(filter.metrics().bodiesReplaced()).isEqualTo(replaced);
  }

  @Test
  void cleanSuccessResponsesAreUntouched() throws Exception {
    HttpResponse<String> r = app.get("/orders/42");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("{\"id\":42,\"item\":\"book\"}");
  }

  @Test
  void anAsyncLeakWrittenOnAnotherThreadIsReplacedAtComplete() throws Exception {
    HttpResponse<String> r = app.get("/async-leak");

    assertThat(r.statusCode()).isEqualTo(503);
    assertThat(r.body()).doesNotContain("IllegalStateException");
    assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(503);
    // ... and the 503 got the configured Retry-After too.
    assertThat(r.headers().firstValue("Retry-After")).hasValue("30");
  }

  @Test
  void anAsyncCleanResponseArrivesWhole() throws Exception {
    HttpResponse<String> r = app.get("/async-clean");

    assertThat(r.statusCode()).isEqualTo(200);
    assertThat(r.body()).isEqualTo("part 0\npart 1\npart 2\npart 3\npart 4\n");
  }

  @Test
  void aStreamingResponseIsNotBufferedByTheFilter() throws Exception {
    HttpResponse<InputStream> r = app.client().send(HttpRequest.newBuilder(app.uri("/stream")).build(),
        BodyHandlers.ofInputStream());
    try (InputStream in = r.body()) {
      // The servlet waits after its third chunk until we have read the first: a buffering filter
      // would deadlock here until the servlet's 5 s timeout.
      long start = System.nanoTime();
      byte[] first = in.readNBytes("clean\n".length() + 8192);
      cleanStream.firstChunkRead.countDown();
      assertThat(System.nanoTime() - start).isLessThan(4_000_000_000L);
      byte[] rest = in.readAllBytes();
      assertThat(first.length + rest.length).isEqualTo("clean\n".length() + 16 * 8192);
      assertThat(new String(first, StandardCharsets.UTF_8)).startsWith("clean\naaaa");
      assertThat(rest[rest.length - 2]).isEqualTo((byte) ('a' + 15));
    }
  }

  @Test
  void aLeakPastTheCaptureLimitStreamsOnAndIsLoggedAndCountedAsNotReplaced() throws Exception {
    long notReplaced = filter.metrics().leaksNotReplaced();
    leakingStream.firstChunkRead.countDown();

    HttpResponse<String> r = app.get("/stream-leak");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body().startsWith(MisbehavingServlets.stackTrace())).isTrue();
    assertThat(r.body().length()).isEqualTo(MisbehavingServlets.stackTrace().length() + 16 * 8192);
    assertThat(filter.metrics().leaksNotReplaced()).isEqualTo(notReplaced + 1);
    assertThat(CapturedLogs.statuslint()).anySatisfy(e -> assertThat(e.message())
        .contains("GET /stream-leak -> 500 leaked (leak-stack-trace) to the client and could not be replaced",
            "passed the capture limit of " + LIMIT));
  }

  @Test
  void nonBlockingOutputIsNeverHeldSoItsLeakIsOnlyLogged() throws Exception {
    long notReplaced = filter.metrics().leaksNotReplaced();

    HttpResponse<String> r = app.get("/non-blocking-leak");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).isEqualTo(MisbehavingServlets.stackTrace());
    assertThat(filter.metrics().leaksNotReplaced()).isEqualTo(notReplaced + 1);
  }

  @Test
  void aRateLimitWithoutRetryAfterGetsTheConfiguredDefault() throws Exception {
    long added = filter.metrics().retryAfterAdded();

    HttpResponse<String> limited = app.get("/limited");
    HttpResponse<String> unavailable = app.get("/unavailable");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(unavailable.headers().firstValue("Retry-After")).hasValue("30");
    assertThat(unavailable.body()).isEqualTo("{\"title\":\"Service Unavailable\",\"status\":503}");
    assertThat(filter.metrics().retryAfterAdded()).isEqualTo(added + 2);
    // Other statuses are left alone.
    assertThat(app.get("/missing").headers().firstValue("Retry-After")).isEmpty();
  }

  @Test
  void anUncaughtExceptionIsAnsweredWithASafe500() throws Exception {
    long uncaught = filter.metrics().uncaughtExceptions();

    HttpResponse<String> r = app.get("/throws");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).doesNotContain("SELECT", "SQLException");
    assertThat(JSON.readTree(r.body()).get("status").asInt()).isEqualTo(500);
    assertThat(filter.metrics().uncaughtExceptions()).isEqualTo(uncaught + 1);
    assertThat(CapturedLogs.statuslint()).anySatisfy(e -> {
      assertThat(e.message()).contains("GET /throws failed with an uncaught exception");
      assertThat(e.error()).hasMessageContaining("SELECT * FROM users");
    });
  }

  @Test
  void aLeakingSendErrorMessageIsKeptOutOfTheContainersErrorPage() throws Exception {
    long withheld = filter.metrics().messagesWithheld();

    HttpResponse<String> r = app.get("/send-error");

    assertThat(r.statusCode()).isEqualTo(500);
    assertThat(r.body()).doesNotContain("SQLException", "syntax error");
    assertThat(filter.metrics().messagesWithheld()).isEqualTo(withheld + 1);
    assertThat(CapturedLogs.statuslint()).anySatisfy(e -> assertThat(e.message())
        .contains("sendError message withheld", "java.sql.SQLException: syntax error"));
  }
}
