package io.statuslint.probe;

import io.statuslint.engine.ActiveRule;
import io.statuslint.engine.Config;
import io.statuslint.finding.Reference;
import io.statuslint.probe.experiments.Experiment;
import io.statuslint.probe.experiments.Experiments;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which experiments run, and how loud their findings are, under a configuration: the same ruleset
 * and per-id settings as the traffic rules ({@code probe-range: off}, {@code probe-head: error}).
 * Info experiments run only with the {@code all} ruleset or when named.
 */
public final class ProbeRules {

  private final List<Experiment> active;
  private final Map<String, ActiveRule> rules;

  private ProbeRules(List<Experiment> active, Map<String, ActiveRule> rules) {
    this.active = List.copyOf(active);
    this.rules = Map.copyOf(rules);
  }

  public static ProbeRules from(Config config) {
    return from(config, Experiments.all());
  }

  public static ProbeRules from(Config config, List<Experiment> experiments) {
    List<Experiment> on = new ArrayList<>();
    Map<String, ActiveRule> rules = new LinkedHashMap<>();
    for (Experiment x : experiments) {
      RuleMetadata m = x.metadata();
      Config.RuleSetting s = config.setting(m.id()).orElse(null);
      if (s != null && s.off()) {
        continue;
      }
      if (s == null && config.ruleset() == Config.Ruleset.RECOMMENDED && m.severity() == Severity.INFO) {
        continue;
      }
      Severity severity = s != null && s.severity() != null ? s.severity() : m.severity();
      on.add(x);
      rules.put(m.id(), new ActiveRule(new Unjudged(m), m, severity,
          Reference.of(m.guide(), m.rfc(), "https://statuslint.io/rules/" + m.id())));
    }
    return new ProbeRules(on, rules);
  }

  /**
   * The configuration the traffic rules get: the experiments' settings are this class's business
   * (an id that is no experiment stays, so the engine still rejects a typo).
   */
  public static Config engineConfig(Config config) {
    java.util.Set<String> experiments = new java.util.HashSet<>();
    Experiments.all().forEach(x -> experiments.add(x.id()));
    Config.Builder b = Config.builder().ruleset(config.ruleset()).source(config.source());
    config.ruleSettings().forEach((id, s) -> {
      if (!experiments.contains(id)) {
        b.rule(id, s);
      }
    });
    config.ignores().forEach(b::ignore);
    config.patterns().forEach((k, v) -> v.forEach(p -> b.pattern(k, p)));
    config.warnings().forEach(b::warning);
    return b.build();
  }

  public List<Experiment> active() {
    return active;
  }

  /** The enabled experiments as reporters list rules (SARIF's rule table, the HTML report's list). */
  public List<ActiveRule> activeRules() {
    return List.copyOf(rules.values());
  }

  Optional<ActiveRule> rule(String id) {
    return Optional.ofNullable(rules.get(id));
  }

  /**
   * An experiment in a reporter's list of rules. Experiments judge by sending requests, not by
   * looking at one response, so this never fires on its own.
   */
  private record Unjudged(RuleMetadata metadata) implements Rule {
    @Override
    public void check(ResponseView response, FindingSink findings) {
      // judged by the experiment that sent the request
    }
  }
}
