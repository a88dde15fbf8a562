package io.statuslint.servlet;

import static io.statuslint.servlet.JettyApp.servlets;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.engine.BuiltInRules;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.rule.Rule;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The guard decides on rule ids: a team's own rule can guard bodies the same way as the leak rules. */
class CustomGuardedRuleTest {

  /** A 502 whose body names the upstream's internal host. */
  static final class UpstreamFailure extends HttpServlet {
    @Override
    protected void doGet(HttpServletRequest req, HttpServletResponse resp) throws IOException {
      resp.setStatus(502);
      resp.setContentType("application/problem+json");
      resp.getWriter().write("{\"title\":\"Bad Gateway\",\"status\":502,"
          + "\"detail\":\"upstream pricing-3.eu.corp.acme.internal:8443 timed out\"}");
    }
  }

  @Test
  void aCustomRuleAddedToTheGuardedRulesGetsItsBodiesReplaced() throws Exception {
    List<Rule> rules = new ArrayList<>(BuiltInRules.all());
    rules.add(new InternalHostLeakRule());
    List<String> guarded = new ArrayList<>(StatusGuideSettings.LEAK_RULES);
    guarded.add(InternalHostLeakRule.ID);
    StatusGuideFilter filter = StatusGuideFilter.create(s -> s.mode(FilterMode.GUARD)
        .engine(RuleEngine.of(rules, Config.defaults()))
        .guardedRules(guarded.toArray(String[]::new)));
    try (JettyApp app = JettyApp.start(filter, servlets(
        "/prices", new UpstreamFailure(),
        "/stacktrace", new MisbehavingServlets.StackTraceServlet()))) {
      HttpResponse<String> upstream = app.get("/prices");
      HttpResponse<String> trace = app.get("/stacktrace");

      assertThat(upstream.statusCode()).isEqualTo(502);
      assertThat(upstream.body()).contains("\"incident\"").doesNotContain("acme.internal");
      assertThat(trace.body()).contains("\"incident\"").doesNotContain("IllegalStateException");
      assertThat(filter.metrics().findings(InternalHostLeakRule.ID)).isEqualTo(1);
      assertThat(filter.metrics().bodiesReplaced()).isEqualTo(2);
    }
  }

  @Test
  void withoutItTheSameBodyGoesOutAsWritten() throws Exception {
    StatusGuideFilter filter = StatusGuideFilter.create(s -> s.mode(FilterMode.GUARD));
    try (JettyApp app = JettyApp.start(filter, servlets("/prices", new UpstreamFailure()))) {
      assertThat(app.get("/prices").body()).contains("pricing-3.eu.corp.acme.internal");
      assertThat(filter.metrics().bodiesReplaced()).isZero();
    }
  }
}
