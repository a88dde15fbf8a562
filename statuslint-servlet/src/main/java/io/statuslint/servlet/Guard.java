package io.statuslint.servlet;

import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;

/**
 * What happens when an exchange ends: the check (findings logged and counted) and, in guard mode,
 * the decision to replace a held error body. The decision is the engine's: a body is replaced when
 * a finding of a guarded rule ({@code leak-stack-trace}, {@code leak-sql}, {@code leak-file-path} by
 * default) is reported on it, so the guard knows exactly what the linter knows.
 *
 * <p>Never throws into the application: a failure here is logged and the response goes out as the
 * application wrote it.
 */
final class Guard {

  private final RuleEngine engine;
  private final boolean guardMode;
  private final Set<String> guardedRules;
  private final GuideMetrics metrics;
  private final Logger log;
  private final FindingLog findingLog;

  Guard(RuleEngine engine, StatusGuideSettings settings, GuideMetrics metrics, Logger log) {
    this.engine = engine;
    this.guardMode = settings.mode() == FilterMode.GUARD;
    this.guardedRules = settings.guardedRules();
    this.metrics = metrics;
    this.log = log;
    this.findingLog = new FindingLog(log);
  }

  /** Ends one exchange. {@code late}: the container already completed it (nothing can be replaced). */
  void complete(FilteredExchange fx, boolean late) {
    CapturedResponse response = fx.response();
    try {
      Exchange exchange = ServletExchanges.from(fx.request(), response, null);
      List<Finding> findings = engine.check(exchange);
      metrics.countExchange();
      for (Finding f : findings) {
        metrics.countFinding(f.rule());
      }
      // Log and count before the client can see the end of the response, so that whoever reads
      // the response can rely on the record being there.
      findingLog.findings(exchange, findings);
      if (guardMode) {
        response.beforeCompletion();
        protect(exchange, findings, response, late);
      }
    } catch (RuntimeException e) {
      log.warn("statuslint: checking {} {} failed; the response went out unchanged", fx.request().getMethod(),
          fx.request().getRequestURI(), e);
      response.stopHolding();
    }
  }

  private void protect(Exchange exchange, List<Finding> findings, CapturedResponse response, boolean late) {
    List<Finding> leaks = guarded(findings);
    if (!leaks.isEmpty() && response.holding() && !late) {
      String incident = ProblemBody.newIncidentId();
      metrics.countBodyReplaced();
      log.error("statuslint guard: incident {}: {} -> {} would have leaked ({}); the client gets a safe"
          + " problem+json body instead. Original body:\n{}", incident, describe(exchange),
          exchange.response().status(), rules(leaks), exchange.response().body().text());
      try {
        response.replaceBody(ProblemBody.CONTENT_TYPE, ProblemBody.json(exchange.response().status(), incident));
      } catch (IOException | RuntimeException e) {
        log.warn("statuslint guard: incident {}: writing the safe body failed (the client went away?)",
            incident, e);
      }
      return;
    }
    if (!leaks.isEmpty()) {
      metrics.countLeakNotReplaced();
      log.error("statuslint guard: {} -> {} leaked ({}) to the client and could not be replaced: {}."
          + " Captured body{}:\n{}", describe(exchange), exchange.response().status(), rules(leaks),
          whyNotReplaced(response, late), sizeNote(response), exchange.response().body().text());
    }
    if (response.holding()) {
      if (late) {
        log.warn("statuslint guard: {} completed without the filter seeing the end; the held body was lost",
            describe(exchange));
      }
      response.stopHolding();
    }
  }

  /**
   * Whether a {@code sendError} message may reach the container's error page, which quotes it. A
   * message the guarded rules flag is withheld (logged with an incident id) and the error is sent
   * without it.
   */
  boolean allowsMessage(FilteredExchange fx, int status, String message) {
    if (!guardMode) {
      return true;
    }
    try {
      Exchange asBody = ServletExchanges.withBody(
          new Exchange(ServletExchanges.request(fx.request()), null), status, message);
      List<Finding> leaks = guarded(engine.check(asBody));
      if (leaks.isEmpty()) {
        return true;
      }
      String incident = ProblemBody.newIncidentId();
      metrics.countMessageWithheld();
      log.error("statuslint guard: incident {}: {} -> {}: sendError message withheld from the error page"
          + " ({}). Message:\n{}", incident, describe(asBody), status, rules(leaks), message);
      return false;
    } catch (RuntimeException e) {
      log.warn("statuslint guard: vetting a sendError message failed", e);
      return true;
    }
  }

  /** Guard mode: answers an exception that escaped the application with a safe 500. */
  boolean answerUncaught(FilteredExchange fx, Exception failure) {
    CapturedResponse response = fx.response();
    if (response.isCommitted()) {
      return false;
    }
    String incident = ProblemBody.newIncidentId();
    metrics.countExchange();
    metrics.countUncaughtException();
    log.error("statuslint guard: incident {}: {} {} failed with an uncaught exception; the client gets a safe"
        + " 500 problem+json body", incident, fx.request().getMethod(), fx.request().getRequestURI(), failure);
    try {
      response.setStatus(500);
      response.replaceBody(ProblemBody.CONTENT_TYPE, ProblemBody.json(500, incident));
    } catch (IOException | RuntimeException e) {
      log.warn("statuslint guard: incident {}: answering the uncaught exception failed", incident, e);
    }
    return true;
  }

  private List<Finding> guarded(List<Finding> findings) {
    List<Finding> out = new ArrayList<>(1);
    for (Finding f : findings) {
      if (guardedRules.contains(f.rule())) {
        out.add(f);
      }
    }
    return out;
  }

  private static String whyNotReplaced(CapturedResponse response, boolean late) {
    if (response.overflowed()) {
      return "the body passed the capture limit of " + response.limit()
          + " and was already streaming to the client";
    }
    if (late) {
      return "the response completed before the filter saw its end (asynchronous dispatch or completion"
          + " outside the filter)";
    }
    return "the response was already committed (non-blocking output, or an asynchronous dispatch)";
  }

  private static String sizeNote(CapturedResponse response) {
    return response.overflowed() ? " (first " + response.limit() + " bytes/characters)" : "";
  }

  private static String describe(Exchange exchange) {
    return exchange.request().method() + " " + exchange.request().path();
  }

  private static String rules(List<Finding> findings) {
    return findings.stream().map(Finding::rule).distinct().collect(Collectors.joining(", "));
  }
}
