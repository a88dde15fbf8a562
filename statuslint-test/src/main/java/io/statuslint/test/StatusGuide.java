package io.statuslint.test;

import io.statuslint.engine.ActiveRule;
import io.statuslint.engine.Config;
import io.statuslint.engine.ConfigLoader;
import io.statuslint.engine.RuleCatalogue;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import io.statuslint.rule.Rule;
import io.statuslint.rule.Severity;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * The status guide as a test applies it: which rules run, which are ignored, and from which severity
 * a finding fails the test. Immutable and thread-safe; every {@code with…} method returns a new guide.
 *
 * <pre>
 * StatusGuide guide = StatusGuide.standard().ignoring("status-payment-required");
 * guide.verify(exchange);   // AssertionError listing the findings, if any
 * </pre>
 *
 * By default every finding the engine reports fails: the {@code recommended} ruleset (error and
 * warning rules) under the project's {@code .statuslint.yaml} when one is found above the working
 * directory.
 */
public final class StatusGuide {

  private static volatile StatusGuide standard;

  private final Function<Config, RuleEngine> engineFactory;
  private final Config base;
  private final Set<String> ignored;
  private final Set<String> only;
  private final Severity failOn;
  private final RuleEngine engine;

  private StatusGuide(Function<Config, RuleEngine> engineFactory, Config base, Set<String> ignored,
      Set<String> only, Severity failOn) {
    this.engineFactory = engineFactory;
    this.base = base;
    this.ignored = Set.copyOf(ignored);
    this.only = Set.copyOf(only);
    this.failOn = failOn;
    this.engine = engineFactory.apply(effectiveConfig());
    for (String id : only) {
      if (!RuleCatalogue.contains(id) && engine.activeRules().stream().noneMatch(r -> r.id().equals(id))) {
        throw new IllegalArgumentException("unknown rule id '" + id + "' (see `statuslint rules`)");
      }
    }
  }

  /**
   * The built-in rules (and any registered with {@code ServiceLoader}) under the project's
   * configuration: the nearest {@code .statuslint.yaml} at or above the working directory, or the
   * defaults. Read once per JVM.
   */
  public static StatusGuide standard() {
    StatusGuide s = standard;
    if (s == null) {
      Config config = ConfigLoader.discover(Path.of("").toAbsolutePath())
          .map(ConfigLoader::load)
          .orElseGet(Config::defaults);
      s = of(config);
      standard = s;
    }
    return s;
  }

  /** The built-in rules under {@code config}. */
  public static StatusGuide of(Config config) {
    return new StatusGuide(RuleEngine::create, config, Set.of(), Set.of(), Severity.INFO);
  }

  /** Exactly these rules (e.g. a team's own rules beside or instead of the built-in ones). */
  public static StatusGuide ofRules(Collection<? extends Rule> rules, Config config) {
    List<Rule> copy = List.copyOf(rules);
    return new StatusGuide(c -> RuleEngine.of(copy, c), config, Set.of(), Set.of(), Severity.INFO);
  }

  /** The same guide without these rules. An id that is nowhere in the catalogue is an error. */
  public StatusGuide ignoring(String... ruleIds) {
    Set<String> ids = new LinkedHashSet<>(ignored);
    ids.addAll(List.of(ruleIds));
    return new StatusGuide(engineFactory, base, ids, only, failOn);
  }

  /**
   * The same guide restricted to these rules. Info rules named here run even under the
   * {@code recommended} ruleset, since naming a rule is asking for it.
   */
  public StatusGuide onlyRules(String... ruleIds) {
    Set<String> ids = new LinkedHashSet<>(only);
    ids.addAll(List.of(ruleIds));
    return new StatusGuide(engineFactory, base, ignored, ids, failOn);
  }

  /** The same guide, failing only on findings at or above {@code severity}. */
  public StatusGuide failingOn(Severity severity) {
    return new StatusGuide(engineFactory, base, ignored, only, Objects.requireNonNull(severity, "severity"));
  }

  public Severity failOn() {
    return failOn;
  }

  /** The rules this guide runs. */
  public List<String> ruleIds() {
    List<String> ids = new ArrayList<>();
    for (ActiveRule r : engine.activeRules()) {
      if (only.isEmpty() || only.contains(r.id())) {
        ids.add(r.id());
      }
    }
    return ids;
  }

  /** Every finding of the selected rules, whatever its severity. */
  public List<Finding> check(Exchange exchange) {
    List<Finding> out = new ArrayList<>(2);
    engine.check(exchange, f -> {
      if (only.isEmpty() || only.contains(f.rule())) {
        out.add(f);
      }
    });
    return out;
  }

  /** The findings that fail a test: those at or above {@link #failOn()}. */
  public List<Finding> failures(Exchange exchange) {
    List<Finding> out = new ArrayList<>(2);
    for (Finding f : check(exchange)) {
      if (f.severity().atLeast(failOn)) {
        out.add(f);
      }
    }
    return out;
  }

  /** Throws an {@link AssertionError} that lists the failing findings, if there are any. */
  public void verify(Exchange exchange) {
    List<Finding> failures = failures(exchange);
    if (!failures.isEmpty()) {
      throw new AssertionError(FindingsReport.forExchange(exchange, failures));
    }
  }

  private Config effectiveConfig() {
    Config.Builder b = Config.builder()
        .ruleset(only.isEmpty() ? base.ruleset() : Config.Ruleset.ALL)
        .source(base.source());
    base.ruleSettings().forEach(b::rule);
    base.ignores().forEach(b::ignore);
    base.patterns().forEach((kind, list) -> list.forEach(p -> b.pattern(kind, p)));
    base.warnings().forEach(b::warning);
    for (String id : ignored) {
      b.off(id);
    }
    return b.build();
  }

  @Override
  public String toString() {
    return "StatusGuide[rules=" + ruleIds().size() + (ignored.isEmpty() ? "" : ", ignoring " + ignored)
        + (only.isEmpty() ? "" : ", only " + only) + ", failOn=" + failOn.id() + "]";
  }
}
