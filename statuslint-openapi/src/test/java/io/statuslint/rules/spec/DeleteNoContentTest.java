package io.statuslint.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import org.junit.jupiter.api.Test;

class DeleteNoContentTest extends SpecRuleContract {

  @Override
  Rule rule() {
    return new DeleteNoContent();
  }

  @Test
  void suggests204() {
    Finding f = SpecFixtures.lint("rules/delete-no-content.v30.yaml", rule())
        .only("delete-no-content", "/paths/~1pets~1{id}/delete");
    assertThat(f.suggestion().code()).isEqualTo(204);
  }
}
