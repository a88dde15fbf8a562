package io.statuslint.engine;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code patterns: {leak.*, error-fields}} in .statuslint.yaml reach the leak rules and the envelope rule. */
class ConfiguredPatternsTest {

  private final Exchange fdbLeak = request("POST", "/ledger")
      .respond(500).json("{\"message\":\"commit failed: FDB error 1020 (not_committed)\"}").build();
  private final Exchange faultOn200 = request("POST", "/ledger")
      .respond(200).json("{\"fault\":\"ledger is read-only\"}").build();
  private final Exchange postgresLeak = request("POST", "/users").respond(409)
      .json("{\"message\":\"ERROR: duplicate key value violates unique constraint \\\"users_email_key\\\"\"}").build();

  private static List<String> rules(RuleEngine engine, Exchange e) {
    return engine.check(e).stream().map(Finding::rule).toList();
  }

  @Test
  void leakPatternsAndErrorFieldsReachTheirRules() {
    RuleEngine plain = RuleEngine.create(Config.defaults());
    assertThat(rules(plain, fdbLeak)).doesNotContain("leak-sql");
    assertThat(rules(plain, faultOn200)).doesNotContain("success-with-error-body");

    RuleEngine team = RuleEngine.create(ConfigLoader.parse("""
        patterns:
          leak.sql: ['\\bFDB error \\d{4}\\b']
          error-fields: [fault]
        """, "team.yaml"));
    assertThat(team.check(fdbLeak)).filteredOn(f -> f.rule().equals("leak-sql")).singleElement()
        .satisfies(f -> assertThat(f.message()).contains("configured leak.sql pattern").contains("FDB error 1020"));
    assertThat(rules(team, faultOn200)).contains("success-with-error-body");
  }

  @Test
  void aPatternOfOneLeakKindDoesNotReachTheOthers() {
    RuleEngine team = RuleEngine.create(ConfigLoader.parse(
        "patterns:\n  leak.stack-trace: ['\\bFDB error \\d{4}\\b']\n", "team.yaml"));
    assertThat(rules(team, fdbLeak)).contains("leak-stack-trace").doesNotContain("leak-sql", "leak-file-path");
  }

  @Test
  void configuredPatternsLeaveTheDefaultsAsTheyWere() {
    RuleEngine plain = RuleEngine.create(Config.defaults());
    RuleEngine team = RuleEngine.create(ConfigLoader.parse(
        "patterns:\n  leak.sql: ['FDB error']\n  error-fields: [fault]\n", "team.yaml"));
    for (Exchange e : List.of(postgresLeak, request("GET", "/a").respond(200).json("{\"ok\":false}").build())) {
      assertThat(team.check(e)).extracting(Finding::rule, Finding::message)
          .containsExactlyElementsOf(plain.check(e).stream().map(f -> tuple(f.rule(), f.message())).toList())
          .isNotEmpty();
    }
  }

  @Test
  void aBadRegexIsAConfigurationErrorNamingTheFileAndTheKey() {
    assertThatThrownBy(() -> ConfigLoader.parse("patterns:\n  leak.sql: ['FDB error (\\d+']\n", "team.yaml"))
        .isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("team.yaml: patterns.leak.sql: invalid regular expression 'FDB error (\\d+'")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
  }

  @Test
  void aPatternBuiltInCodeIsCheckedWhenTheEngineIsBuilt() {
    Config cfg = Config.builder().source("embedded").pattern("leak.file-path", "[").build();
    assertThatThrownBy(() -> RuleEngine.create(cfg)).isInstanceOf(ConfigException.class)
        .hasMessageStartingWith("embedded: patterns.leak.file-path: invalid regular expression '['");
  }

  @Test
  void unknownKindsAndBadFieldNamesAreConfigurationErrors() {
    assertThatThrownBy(() -> ConfigLoader.parse("patterns:\n  leak: ['ACME-\\d+']\n", "team.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("team.yaml: patterns.leak: unknown kind")
        .hasMessageContaining("leak.stack-trace, leak.sql, leak.file-path");
    assertThatThrownBy(() -> ConfigLoader.parse("patterns:\n  error-fields: ['a b']\n", "team.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("team.yaml: patterns.error-fields: 'a b'");
  }
}
