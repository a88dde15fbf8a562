package io.statuslint.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import org.junit.jupiter.api.Test;

class InformationalByHandTest extends SpecRuleContract {

  @Override
  Rule rule() {
    return new InformationalByHand();
  }

  @Test
  void pointsAtTheSharedResponsesUseSite() {
    Finding f = SpecFixtures.lint("rules/informational-by-hand.v30.yaml", rule())
        .only("informational-by-hand", "/paths/~1reports/post/responses/102");
    assertThat(f.message()).contains("102 Processing");
    assertThat(f.location().component()).isEqualTo("#/components/responses/Processing");
  }
}
