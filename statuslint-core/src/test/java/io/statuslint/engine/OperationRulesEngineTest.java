package io.statuslint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.model.Body;
import io.statuslint.rule.Fact;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The engine's spec side: operation rules, and responses whose key is a range rather than a code. */
class OperationRulesEngineTest {

  @RuleInfo(id = "operation-error-responses", severity = Severity.WARNING, on = Surface.SPEC, summary = "t")
  static final class CountsOperations implements OperationRule {
    final List<String> seen = new ArrayList<>();

    @Override
    public void checkOperation(OperationView operation, FindingSink findings) {
      seen.add(operation.method() + " " + operation.path());
      findings.report("operation finding");
    }
  }

  @RuleInfo(id = "created-location", severity = Severity.WARNING, on = {Surface.TRAFFIC, Surface.SPEC},
      summary = "t", statuses = 201)
  static final class PerCode implements Rule {
    @Override
    public void check(ResponseView response, FindingSink findings) {
      findings.report("per-code " + response.statusText());
    }
  }

  @RuleInfo(id = "leak-stack-trace", severity = Severity.ERROR, on = {Surface.TRAFFIC, Surface.SPEC}, summary = "t")
  static final class AnyStatus implements Rule {
    @Override
    public void check(ResponseView response, FindingSink findings) {
      findings.report("any-status " + response.statusText());
    }
  }

  private static OperationView operation(String method, String path) {
    return new OperationView() {
      @Override public String method() { return method; }
      @Override public String path() { return path; }
      @Override public String operationId() { return null; }
      @Override public String summary() { return null; }
      @Override public boolean declaresResponses() { return true; }
      @Override public List<? extends ResponseView> responses() { return List.of(); }
      @Override public Fact requestBody() { return Fact.ABSENT; }
      @Override public List<List<String>> security() { return List.of(); }
    };
  }

  private static ResponseView specResponse(String key, int status, boolean exact) {
    return new ResponseView() {
      @Override public Surface surface() { return Surface.SPEC; }
      @Override public int status() { return status; }
      @Override public String statusText() { return key; }
      @Override public boolean exactStatus() { return exact; }
      @Override public String method() { return "POST"; }
      @Override public String url() { return "/orders"; }
      @Override public Fact header(String name) { return Fact.ABSENT; }
      @Override public String headerValue(String name) { return null; }
      @Override public Fact requestHeader(String name) { return Fact.UNKNOWN; }
      @Override public String requestHeaderValue(String name) { return null; }
      @Override public Fact content() { return Fact.ABSENT; }
      @Override public Body body() { return Body.unknown(); }
      @Override public String mediaType() { return null; }
    };
  }

  @Test
  void operationRulesRunOnOperationsOnlyAndHonourConfiguredIgnores() {
    CountsOperations rule = new CountsOperations();
    Config config = Config.builder().ignore(new Config.Ignore("GET", "/internal/**", List.of())).build();
    RuleEngine engine = RuleEngine.of(List.of(rule), config);
    List<Finding> out = new ArrayList<>();
    engine.check(operation("POST", "/orders"), Location.NOWHERE, out::add);
    engine.check(operation("GET", "/internal/health"), Location.NOWHERE, out::add);
    engine.check(specResponse("201", 201, true), Location.NOWHERE, "/orders", out::add);
    assertThat(rule.seen).containsExactly("POST /orders");
    assertThat(out).extracting(Finding::rule).containsExactly("operation-error-responses");
  }

  @Test
  void operationRulesCanBeTurnedOff() {
    CountsOperations rule = new CountsOperations();
    RuleEngine engine = RuleEngine.of(List.of(rule), Config.builder().off("operation-error-responses").build());
    List<Finding> out = new ArrayList<>();
    engine.check(operation("POST", "/orders"), Location.NOWHERE, out::add);
    assertThat(out).isEmpty();
    assertThat(rule.seen).isEmpty();
  }

  @Test
  void aRangeIsJudgedOnlyByRulesThatTakeAnyStatus() {
    RuleEngine engine = RuleEngine.of(List.of(new PerCode(), new AnyStatus()),
        Config.builder().ruleset(Config.Ruleset.ALL).build());
    List<Finding> out = new ArrayList<>();
    engine.check(specResponse("201", 201, true), Location.NOWHERE, "/orders", out::add);
    engine.check(specResponse("2XX", 200, false), Location.NOWHERE, "/orders", out::add);
    engine.check(specResponse("2xx", -1, false), Location.NOWHERE, "/orders", out::add);
    assertThat(out).extracting(Finding::message)
        .containsExactly("per-code 201", "any-status 201", "any-status 2XX", "any-status 2xx");
  }
}
