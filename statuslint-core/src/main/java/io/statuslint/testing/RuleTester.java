package io.statuslint.testing;

import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.model.Exchange;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A test helper for rules, ours and third parties' alike: feed a rule one response and state what
 * must (or must not) be found. It runs the rule through the real engine, so metadata, severity and
 * status filtering are exercised too.
 *
 * <pre>
 * RuleTester rule = RuleTester.of(new CreatedNeedsLocation());
 * rule.given(ExchangeBuilder.request("POST", "/orders").respond(201)).expectFinding("Location");
 * rule.given(ExchangeBuilder.request("POST", "/orders").respond(201).header("Location", "/o/1")).expectClean();
 * </pre>
 *
 * Throws {@link AssertionError} on a mismatch, so it works with any test framework.
 */
public final class RuleTester {

  private final Rule rule;
  private final RuleEngine engine;

  private RuleTester(Rule rule) {
    this.rule = rule;
    // "all" so that info rules run too; the rule is the only one in this engine.
    this.engine = RuleEngine.of(List.of(rule), Config.builder().ruleset(Config.Ruleset.ALL).build());
  }

  public static RuleTester of(Rule rule) {
    return new RuleTester(rule);
  }

  public Outcome given(ExchangeBuilder exchange) {
    return given(exchange.build());
  }

  public Outcome given(Exchange exchange) {
    return new Outcome(engine.check(exchange), exchange.toString());
  }

  /** Judges a view from another surface (e.g. a spec response). */
  public Outcome given(ResponseView view, String path) {
    List<Finding> out = new ArrayList<>();
    engine.check(view, Location.NOWHERE, path, out::add);
    return new Outcome(out, view.surface() + " " + view.method() + " " + path + " -> " + view.status());
  }

  /** Judges one spec operation (for {@link io.statuslint.rule.OperationRule}s). */
  public Outcome given(OperationView operation) {
    List<Finding> out = new ArrayList<>();
    engine.check(operation, Location.NOWHERE, out::add);
    return new Outcome(out, "operation " + operation.method() + " " + operation.path());
  }

  public String ruleId() {
    return rule.metadata().id();
  }

  /** What one input produced, with assertions on it. */
  public final class Outcome {
    private final List<Finding> findings;
    private final String input;

    Outcome(List<Finding> findings, String input) {
      this.findings = findings;
      this.input = input;
    }

    public List<Finding> findings() {
      return findings;
    }

    /** Exactly one finding of the rule, whose message contains each of {@code fragments}. */
    public Finding expectFinding(String... fragments) {
      if (findings.size() != 1) {
        throw new AssertionError(ruleId() + ": expected one finding but got " + describe() + " for " + input);
      }
      Finding f = findings.get(0);
      for (String fragment : fragments) {
        if (!f.message().toLowerCase().contains(fragment.toLowerCase())) {
          throw new AssertionError(ruleId() + ": finding message \"" + f.message()
              + "\" does not mention \"" + fragment + "\" for " + input);
        }
      }
      return f;
    }

    /** One finding that suggests {@code code}. */
    public Finding expectSuggestedCode(int code) {
      Finding f = expectFinding();
      if (f.suggestion() == null || f.suggestion().code() == null || f.suggestion().code() != code) {
        throw new AssertionError(ruleId() + ": expected a suggestion of " + code + " but got "
            + f.suggestion() + " for " + input);
      }
      return f;
    }

    /** No finding at all: the input is a look-alike the rule must leave alone. */
    public void expectClean() {
      if (!findings.isEmpty()) {
        throw new AssertionError(ruleId() + ": expected no finding but got " + describe() + " for " + input);
      }
    }

    private String describe() {
      return findings.isEmpty() ? "none"
          : findings.stream().map(f -> "[" + f.rule() + ": " + f.message() + "]").collect(Collectors.joining(", "));
    }
  }
}
