package io.statuslint.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import org.junit.jupiter.api.Test;

class SecuredOperation401Test extends SpecRuleContract {

  @Override
  Rule rule() {
    return new SecuredOperation401();
  }

  @Test
  void namesTheSchemesAndSuggests401() {
    Finding f = SpecFixtures.lint("rules/secured-operation-401.v30.yaml", rule())
        .only("secured-operation-401", "/paths/~1own-security/post");
    assertThat(f.message()).contains("oauth, apiKey");
    assertThat(f.suggestion().code()).isEqualTo(401);
  }
}
