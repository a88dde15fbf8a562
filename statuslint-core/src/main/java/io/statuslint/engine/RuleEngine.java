package io.statuslint.engine;

import io.statuslint.finding.Evidence;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.model.Exchange;
import io.statuslint.model.Origin;
import io.statuslint.rule.ExchangeView;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Runs the enabled rules over responses. Thread-safe and cheap per call: rules are grouped by the
 * status codes they can fire on once, at construction, so a clean 200 visits only the few rules
 * that could apply to it.
 */
public final class RuleEngine {

  private static final int CODES = 600;

  private final List<ActiveRule> active;
  private final Config config;
  private final List<String> warnings;
  private final Map<Surface, ActiveRule[][]> byStatus = new LinkedHashMap<>();
  private final Map<Surface, ActiveRule[]> anyStatus = new LinkedHashMap<>();
  /** Per class digit (1–5; 6 = "4xx and 5xx", for a spec's default): rules judging a whole class. */
  private final Map<Surface, ActiveRule[][]> byClass = new LinkedHashMap<>();
  private final ActiveRule[] operationRules;

  private RuleEngine(Collection<Rule> rules, Config config) {
    this.config = config;
    Map<String, Rule> byId = new LinkedHashMap<>();
    Map<String, RuleMetadata> metaById = new LinkedHashMap<>();
    for (Rule r : rules) {
      RuleMetadata m = r.metadata();
      if (byId.putIfAbsent(m.id(), r) != null) {
        throw new ConfigException("two rules share the id " + m.id());
      }
      metaById.put(m.id(), m);
    }
    List<String> warn = new ArrayList<>(config.warnings());
    for (String id : config.ruleSettings().keySet()) {
      if (!byId.containsKey(id)) {
        RuleCatalogue.Entry entry = RuleCatalogue.entries().get(id);
        if (entry != null && entry.surfaces().equals("P")) {
          continue; // a probe experiment: configured here, run by the probe, not by this engine
        }
        if (entry != null) {
          warn.add("rule " + id + " is in the catalogue but not implemented in this version; setting ignored");
        } else {
          throw new ConfigException((config.source() == null ? "" : config.source() + ": ")
              + "unknown rule id '" + id + "' (see `statuslint rules`)");
        }
      }
    }
    for (Config.Ignore ig : config.ignores()) {
      for (String id : ig.rules()) {
        if (!byId.containsKey(id) && !RuleCatalogue.contains(id)) {
          throw new ConfigException((config.source() == null ? "" : config.source() + ": ")
              + "unknown rule id '" + id + "' in ignore (see `statuslint rules`)");
        }
      }
    }
    this.warnings = List.copyOf(warn);
    List<ActiveRule> act = new ArrayList<>();
    for (Rule r : byId.values()) {
      RuleMetadata m = metaById.get(r.metadata().id());
      Config.RuleSetting s = config.setting(m.id()).orElse(null);
      if (s != null && s.off()) {
        continue;
      }
      Severity sev = s != null ? s.severity() : m.severity();
      boolean explicitlyOn = s != null;
      if (!explicitlyOn && config.ruleset() == Config.Ruleset.RECOMMENDED && m.severity() == Severity.INFO) {
        continue;
      }
      act.add(ActiveRule.of(r, m, sev));
    }
    this.active = List.copyOf(act);
    for (Surface surface : Surface.values()) {
      index(surface);
    }
    this.operationRules = active.stream()
        .filter(a -> a.rule() instanceof OperationRule && a.metadata().appliesTo(Surface.SPEC))
        .toArray(ActiveRule[]::new);
  }

  private void index(Surface surface) {
    List<ActiveRule> any = new ArrayList<>();
    ActiveRule[][] table = new ActiveRule[CODES][];
    List<List<ActiveRule>> lists = new ArrayList<>();
    for (int i = 0; i < CODES; i++) {
      lists.add(new ArrayList<>());
    }
    for (ActiveRule a : active) {
      if (!a.metadata().appliesTo(surface) || a.rule() instanceof OperationRule) {
        continue;
      }
      if (a.metadata().statuses().length == 0) {
        any.add(a);
        lists.forEach(l -> l.add(a));
      } else {
        for (int s : a.metadata().statuses()) {
          if (s >= 0 && s < CODES) {
            lists.get(s).add(a);
          }
        }
      }
    }
    for (int i = 0; i < CODES; i++) {
      table[i] = lists.get(i).toArray(new ActiveRule[0]);
    }
    byStatus.put(surface, table);
    anyStatus.put(surface, any.toArray(new ActiveRule[0]));
    ActiveRule[][] classes = new ActiveRule[7][];
    for (int digit = 1; digit <= 6; digit++) {
      List<ActiveRule> c = new ArrayList<>(any);
      for (ActiveRule a : active) {
        if (a.metadata().appliesTo(surface) && !(a.rule() instanceof OperationRule)
            && a.metadata().statuses().length > 0 && coversClass(a, digit)) {
          c.add(a);
        }
      }
      classes[digit] = c.toArray(new ActiveRule[0]);
    }
    byClass.put(surface, classes);
  }

  /** Whether the rule can fire on every code of the class (digit 6: of both 4xx and 5xx). */
  private static boolean coversClass(ActiveRule a, int digit) {
    if (digit == 6) {
      return coversClass(a, 4) && coversClass(a, 5);
    }
    for (int code = digit * 100; code < digit * 100 + 100; code++) {
      if (!a.metadata().appliesToStatus(code)) {
        return false;
      }
    }
    return true;
  }

  /** The built-in rules (and any found with {@link ServiceLoader}) under {@code config}. */
  public static RuleEngine create(Config config) {
    List<Rule> rules = new ArrayList<>(BuiltInRules.all(config));
    for (Rule r : ServiceLoader.load(Rule.class)) {
      rules.add(r);
    }
    return new RuleEngine(rules, config);
  }

  public static RuleEngine create() {
    return create(Config.defaults());
  }

  /** An engine over exactly these rules; used by tests and by embedders with their own catalogue. */
  public static RuleEngine of(Collection<? extends Rule> rules, Config config) {
    return new RuleEngine(List.copyOf(rules), config);
  }

  public List<ActiveRule> activeRules() {
    return active;
  }

  public Config config() {
    return config;
  }

  /** Configuration warnings to show once (e.g. settings for rules not implemented yet). */
  public List<String> warnings() {
    return warnings;
  }

  /** Checks one exchange; an exchange without a response (HAR status 0) yields nothing. */
  public void check(Exchange exchange, Consumer<? super Finding> out) {
    if (!exchange.hasResponse()) {
      return;
    }
    Origin o = exchange.origin();
    Location loc = Location.ofExchange(o.file(), o.entry(), o.line(), exchange.id(),
        exchange.request().method(), exchange.request().url(), exchange.response().status());
    check(new ExchangeView(exchange), loc, exchange.request().path(), out);
  }

  /** The findings of one exchange, as a list. */
  public List<Finding> check(Exchange exchange) {
    List<Finding> out = new ArrayList<>();
    check(exchange, out::add);
    return out;
  }

  /**
   * Checks one response view. {@code path} is matched against the configured ignores (a request
   * path, or a spec path template).
   */
  public void check(ResponseView view, Location location, String path, Consumer<? super Finding> out) {
    ActiveRule[] rules = candidates(view);
    if (rules.length == 0) {
      return;
    }
    Collector collector = new Collector(location);
    for (ActiveRule rule : rules) {
      if (!config.ignores().isEmpty() && ignored(view.method(), path, rule.id())) {
        continue;
      }
      collector.current = rule;
      try {
        rule.rule().check(view, collector);
      } catch (RuntimeException e) {
        // A faulty (third-party) rule must not take down the whole run or the host application.
        collector.report("rule failed on this response: " + e, null, null);
      }
    }
    collector.flush(out);
  }

  /**
   * The rules that may judge a response. A spec's range ({@code 4XX}) is judged by the rules of its
   * whole class and those taking any status, never by per-code rules; a spec's {@code default} (the
   * catch-all for errors) by the rules of both error classes and those taking any status; a key that
   * is no code at all by those taking any status.
   */
  private ActiveRule[] candidates(ResponseView view) {
    int status = view.status();
    if (view.exactStatus()) {
      return status >= 0 && status < CODES ? byStatus.get(view.surface())[status] : anyStatus.get(view.surface());
    }
    if ("default".equals(view.statusText())) {
      return byClass.get(view.surface())[6];
    }
    if (status >= 100 && status <= 599) {
      return byClass.get(view.surface())[status / 100];
    }
    return anyStatus.get(view.surface());
  }

  /**
   * Runs the operation-level rules ({@link OperationRule}) over one spec operation. Configured
   * ignores match the operation's method and path template.
   */
  public void check(OperationView operation, Location location, Consumer<? super Finding> out) {
    if (operationRules.length == 0) {
      return;
    }
    Collector collector = new Collector(location);
    for (ActiveRule rule : operationRules) {
      if (!config.ignores().isEmpty() && ignored(operation.method(), operation.path(), rule.id())) {
        continue;
      }
      collector.current = rule;
      try {
        ((OperationRule) rule.rule()).checkOperation(operation, collector);
      } catch (RuntimeException e) {
        collector.report("rule failed on this operation: " + e, null, null);
      }
    }
    collector.flush(out);
  }

  private boolean ignored(String method, String path, String ruleId) {
    for (Config.Ignore ig : config.ignores()) {
      if (ig.matches(method, path == null ? "/" : path, ruleId)) {
        return true;
      }
    }
    return false;
  }

  /** Gathers one response's findings so that a more specific rule can replace a general one. */
  private static final class Collector implements FindingSink {
    private final Location location;
    private ActiveRule current;
    private List<Finding> found;
    private Set<String> superseded;

    Collector(Location location) {
      this.location = location;
    }

    @Override
    public void report(String message, Suggestion suggestion, String evidence) {
      if (found == null) {
        found = new ArrayList<>(2);
      }
      found.add(new Finding(current.id(), current.severity(), message, suggestion,
          current.reference(), location, Evidence.redact(evidence)));
      List<String> sup = current.metadata().supersedes();
      if (!sup.isEmpty()) {
        if (superseded == null) {
          superseded = new HashSet<>();
        }
        superseded.addAll(sup);
      }
    }

    void flush(Consumer<? super Finding> out) {
      if (found == null) {
        return;
      }
      for (Finding f : found) {
        if (superseded == null || !superseded.contains(f.rule())) {
          out.accept(f);
        }
      }
    }
  }
}
