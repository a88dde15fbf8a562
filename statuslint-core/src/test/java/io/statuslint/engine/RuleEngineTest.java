package io.statuslint.engine;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import io.statuslint.model.Origin;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class RuleEngineTest {

  private static final Rule ANY_500 = Rule.define(RuleMetadata.of("any-500", Severity.WARNING, "500 seen"),
      (r, out) -> {
        if (r.status() == 500) {
          out.report("a 500", null, "token=abcdef123456 secret");
        }
      });

  @RuleInfo(id = "general", severity = Severity.WARNING, on = Surface.TRAFFIC, summary = "general", statuses = 400)
  static final class General implements Rule {
    @Override
    public void check(io.statuslint.rule.ResponseView r, io.statuslint.rule.FindingSink out) {
      out.report("general");
    }
  }

  @RuleInfo(id = "specific", severity = Severity.ERROR, on = Surface.TRAFFIC, summary = "specific",
      statuses = 400, supersedes = "general")
  static final class Specific implements Rule {
    @Override
    public void check(io.statuslint.rule.ResponseView r, io.statuslint.rule.FindingSink out) {
      if (r.method().equals("POST")) {
        out.report("specific");
      }
    }
  }

  @RuleInfo(id = "counting", severity = Severity.WARNING, on = Surface.TRAFFIC, summary = "counts", statuses = 400)
  static final class Counting implements Rule {
    private final AtomicInteger calls;

    Counting(AtomicInteger calls) {
      this.calls = calls;
    }

    @Override
    public void check(io.statuslint.rule.ResponseView r, io.statuslint.rule.FindingSink out) {
      calls.incrementAndGet();
    }
  }

  @RuleInfo(id = "only-info", severity = Severity.INFO, on = Surface.TRAFFIC, summary = "info")
  static final class OnlyInfo implements Rule {
    @Override
    public void check(io.statuslint.rule.ResponseView r, io.statuslint.rule.FindingSink out) {
      out.report("info");
    }
  }

  private static Exchange exchange(String method, int status) {
    return request(method, "https://api.test/orders/7?x=1").respond(status)
        .origin(new Origin("t.har", 3, 120, null)).build();
  }

  @Test
  void fillsInRuleSeverityReferenceAndLocation() {
    RuleEngine engine = RuleEngine.of(List.of(ANY_500), Config.defaults());
    List<Finding> f = engine.check(exchange("GET", 500));
    assertThat(f).singleElement().satisfies(x -> {
      assertThat(x.rule()).isEqualTo("any-500");
      assertThat(x.severity()).isEqualTo(Severity.WARNING);
      assertThat(x.location().file()).isEqualTo("t.har");
      assertThat(x.location().entry()).isEqualTo(3);
      assertThat(x.location().line()).isEqualTo(120);
      assertThat(x.location().exchangeId()).isEqualTo("3");
      assertThat(x.location().method()).isEqualTo("GET");
      assertThat(x.location().status()).isEqualTo(500);
      assertThat(x.evidence()).contains("[redacted]").doesNotContain("abcdef123456");
    });
  }

  @Test
  void noResponseMeansNoFindings() {
    RuleEngine engine = RuleEngine.of(List.of(ANY_500, new OnlyInfo()), Config.builder().ruleset(Config.Ruleset.ALL).build());
    assertThat(engine.check(request("GET", "/x").build())).isEmpty();
  }

  @Test
  void appliesSeverityOverridesOffAndRulesets() {
    List<Rule> rules = List.of(ANY_500, new OnlyInfo());
    assertThat(RuleEngine.of(rules, Config.defaults()).activeRules()).extracting(ActiveRule::id)
        .containsExactly("any-500");
    assertThat(RuleEngine.of(rules, Config.builder().ruleset(Config.Ruleset.ALL).build()).activeRules())
        .extracting(ActiveRule::id).containsExactly("any-500", "only-info");
    RuleEngine loud = RuleEngine.of(rules, Config.builder().severity("any-500", Severity.ERROR).off("only-info").build());
    assertThat(loud.check(exchange("GET", 500))).extracting(Finding::severity).containsExactly(Severity.ERROR);
    RuleEngine infoOn = RuleEngine.of(rules, Config.builder().severity("only-info", Severity.INFO).build());
    assertThat(infoOn.activeRules()).extracting(ActiveRule::id).contains("only-info");
  }

  @Test
  void unknownIdsFailAndCatalogueIdsWarn() {
    assertThatThrownBy(() -> RuleEngine.of(List.of(ANY_500), Config.builder().off("no-such-rule").build()))
        .isInstanceOf(ConfigException.class).hasMessageContaining("no-such-rule");
    RuleEngine e = RuleEngine.of(List.of(ANY_500), Config.builder().off("leak-sql").build());
    assertThat(e.warnings()).singleElement().asString().contains("leak-sql");
  }

  @Test
  void ignoresByMethodAndPath() {
    Config c = Config.builder().ignore(new Config.Ignore("GET", "/orders/*", List.of("any-500"))).build();
    RuleEngine engine = RuleEngine.of(List.of(ANY_500), c);
    assertThat(engine.check(exchange("GET", 500))).isEmpty();
    assertThat(engine.check(exchange("DELETE", 500))).hasSize(1);
  }

  @Test
  void theMoreSpecificRuleWins() {
    RuleEngine engine = RuleEngine.of(List.of(new General(), new Specific()), Config.defaults());
    assertThat(engine.check(exchange("POST", 400))).extracting(Finding::rule).containsExactly("specific");
    assertThat(engine.check(exchange("GET", 400))).extracting(Finding::rule).containsExactly("general");
  }

  @Test
  void callsRulesOnlyForTheirStatuses() {
    AtomicInteger calls = new AtomicInteger();
    Rule counting = new Counting(calls);
    RuleEngine engine = RuleEngine.of(List.of(counting), Config.defaults());
    engine.check(exchange("GET", 200));
    engine.check(exchange("GET", 999));
    assertThat(calls).hasValue(0);
    engine.check(exchange("GET", 400));
    assertThat(calls).hasValue(1);
  }

  @Test
  void aFailingRuleBecomesAFindingNotACrash() {
    Rule broken = Rule.define(RuleMetadata.of("broken", Severity.WARNING, "throws"), (r, out) -> {
      throw new IllegalStateException("boom");
    });
    List<Finding> f = RuleEngine.of(List.of(broken, ANY_500), Config.defaults()).check(exchange("GET", 500));
    assertThat(f).extracting(Finding::rule).containsExactly("broken", "any-500");
    assertThat(f.get(0).message()).contains("boom");
  }

  @Test
  void outOfRangeStatusesStillReachGeneralRules() {
    Rule any = Rule.define(RuleMetadata.of("any", Severity.WARNING, "any"), (r, out) -> out.report("seen " + r.status()));
    RuleEngine engine = RuleEngine.of(List.of(any), Config.defaults());
    assertThat(engine.check(exchange("GET", 999))).extracting(Finding::message).containsExactly("seen 999");
    assertThat(engine.check(exchange("GET", 42))).extracting(Finding::message).containsExactly("seen 42");
  }
}
