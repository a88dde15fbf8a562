package io.statuslint.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import org.junit.jupiter.api.Test;

class RequestBodyValidationResponseTest extends SpecRuleContract {

  @Override
  Rule rule() {
    return new RequestBodyValidationResponse();
  }

  @Test
  void suggests422() {
    Finding f = SpecFixtures.lint("rules/request-body-validation-response.v30.yaml", rule())
        .only("request-body-validation-response", "/paths/~1orders/post");
    assertThat(f.suggestion().code()).isEqualTo(422);
    assertThat(f.severity()).isEqualTo(io.statuslint.rule.Severity.INFO);
  }
}
