package io.statuslint.engine;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import org.junit.jupiter.api.Test;

/** {@code patterns: {phrases.<intent>: [...]}} in .statuslint.yaml reaches the code-choice rules. */
class ConfiguredPhrasesTest {

  private final Exchange teamJargon = request("POST", "/ledger/entries")
      .respond(400).json("{\"message\":\"Entry clashes with the ledger snapshot\"}").build();

  @Test
  void aTeamPhraseTeachesTheClassifier() {
    RuleEngine plain = RuleEngine.create(Config.builder().ruleset(Config.Ruleset.ALL).build());
    assertThat(plain.check(teamJargon)).extracting(Finding::rule).doesNotContain("unspecific-client-error");

    Config cfg = ConfigLoader.parse("""
        extends: all
        patterns:
          phrases.conflict: ["clashes with the ledger"]
        """, "team.yaml");
    assertThat(RuleEngine.create(cfg).check(teamJargon))
        .filteredOn(f -> f.rule().equals("unspecific-client-error"))
        .singleElement()
        .satisfies(f -> assertThat(f.suggestion().code()).isEqualTo(409));
  }

  @Test
  void anUnknownIntentIsAConfigurationError() {
    Config cfg = ConfigLoader.parse("patterns:\n  phrases.grumpy: [\"meh\"]\n", "team.yaml");
    assertThatThrownBy(() -> RuleEngine.create(cfg))
        .isInstanceOf(ConfigException.class).hasMessageContaining("team.yaml").hasMessageContaining("grumpy");
  }
}
