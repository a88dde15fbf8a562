package io.statuslint.probe;

import io.statuslint.engine.ActiveRule;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Evidence;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Turns one probed exchange into findings: every traffic rule first, then the experiments' verdicts
 * that no traffic rule already covers (RULES.md: a probe finding only for what no T rule reports).
 * Bytes after a bodiless response become the body rules' finding, worded as the connection fault it is.
 */
final class Judge {

  /** The rules that own content on a response that cannot have any. */
  private static final Set<String> BODILESS_RULES = Set.of("no-content-body", "not-modified-body", "head-response-body");

  private final RuleEngine engine;
  private final ProbeRules probeRules;
  private final Credentials credentials;

  Judge(RuleEngine engine, ProbeRules probeRules, Credentials credentials) {
    this.engine = engine;
    this.probeRules = probeRules;
    this.credentials = credentials;
  }

  List<Finding> findings(Exchange e, Step step) {
    List<Finding> out = new ArrayList<>(2);
    if (e.hasResponse()) {
      engine.check(e, out::add);
    }
    if (step.sent.strayBytes()) {
      out.replaceAll(f -> BODILESS_RULES.contains(f.rule()) ? onTheConnection(f, e) : f);
    }
    for (Verdict v : step.verdicts) {
      boolean covered = out.stream().anyMatch(f -> f.rule().equals(v.rule()) || v.coveredBy().contains(f.rule()));
      if (covered) {
        continue;
      }
      Optional<ActiveRule> rule = v.rule().startsWith("probe-") ? probeRules.rule(v.rule()) : engineRule(v.rule());
      if (rule.isEmpty() || ignored(e, v.rule())) {
        continue;
      }
      out.add(new Finding(v.rule(), rule.get().severity(), credentials.redact(v.message()), v.suggestion(),
          rule.get().reference(), location(e), Evidence.redact(credentials.redact(evidence(e)))));
    }
    return out;
  }

  private Optional<ActiveRule> engineRule(String id) {
    return engine.activeRules().stream().filter(r -> r.id().equals(id)).findFirst();
  }

  private boolean ignored(Exchange e, String rule) {
    for (Config.Ignore ig : engine.config().ignores()) {
      if (ig.matches(e.request().method(), e.request().path(), rule)) {
        return true;
      }
    }
    return false;
  }

  private static Location location(Exchange e) {
    return Location.ofExchange(null, e.origin().entry(), -1, e.id(), e.request().method(), e.request().url(),
        e.hasResponse() ? e.response().status() : -1);
  }

  /** The start of the answer's body, when it has one worth quoting. */
  private static String evidence(Exchange e) {
    if (!e.hasResponse()) {
      return null;
    }
    Body b = e.response().body();
    if (!b.isReadable()) {
      return null;
    }
    String text = b.textPrefix(200);
    return text.isBlank() || text.chars().anyMatch(c -> c < 0x09 || c == 0xFFFD) ? null : text;
  }

  private static Finding onTheConnection(Finding f, Exchange e) {
    HttpResponse r = e.response();
    String what = e.request().method().equals("HEAD") ? "the " + r.status() + " response to HEAD"
        : "the bodiless " + r.status() + " response";
    String message = r.body().size() + " bytes arrived on the connection after " + what
        + ", which ends at its header section: a client that reuses the connection reads them as the start "
        + "of the next response";
    return new Finding(f.rule(), f.severity(), message, f.suggestion(), f.reference(), f.location(), f.evidence());
  }
}
