package io.statuslint.servlet;

import static io.statuslint.servlet.JettyApp.servlets;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.statuslint.engine.BuiltInRules;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

/**
 * Guard mode with its defaults: the built-in leak rules. Runs once leak-stack-trace and leak-sql are
 * registered in {@link BuiltInRules}; skipped (not failed) on a build without them.
 */
class BuiltInLeakRulesTest {

  static boolean registered(String id) {
    return BuiltInRules.all().stream().anyMatch(r -> r.metadata().id().equals(id));
  }

  @Test
  void theDefaultGuardReplacesStackTracesAndSqlErrors() throws Exception {
    assumeTrue(registered("leak-stack-trace") && registered("leak-sql"),
        "the built-in leak rules are not registered in this build");
    StatusGuideFilter filter = StatusGuideFilter.create(s -> s.mode(FilterMode.GUARD));
    try (JettyApp app = JettyApp.start(filter, servlets(
        "/stacktrace", new MisbehavingServlets.StackTraceServlet(),
        "/sql", new MisbehavingServlets.SqlErrorServlet(),
        "/missing", new MisbehavingServlets.CleanProblem()))) {
      HttpResponse<String> trace = app.get("/stacktrace");
      HttpResponse<String> sql = app.get("/sql");
      HttpResponse<String> clean = app.get("/missing");

      assertThat(trace.body()).contains("\"incident\"").doesNotContain("IllegalStateException");
      assertThat(sql.body()).contains("\"incident\"").doesNotContain("SELECT");
      assertThat(clean.body()).isEqualTo("{\"title\":\"Not Found\",\"status\":404}");
      assertThat(filter.metrics().bodiesReplaced()).isEqualTo(2);
      assertThat(filter.metrics().findings("leak-stack-trace")).isEqualTo(1);
    }
  }
}
