package io.statuslint.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import org.junit.jupiter.api.Test;

class OperationSuccessResponseTest extends SpecRuleContract {

  @Override
  Rule rule() {
    return new OperationSuccessResponse();
  }

  @Test
  void saysWhyForDefaultOnlyAndForMissingResponses() {
    SpecFixtures.Linted v30 = SpecFixtures.lint("rules/operation-success-response.v30.yaml", rule());
    assertThat(v30.only("operation-success-response", "/paths/~1only-default/get").message()).contains("only default");
    SpecFixtures.Linted v31 = SpecFixtures.lint("rules/operation-success-response.v31.yaml", rule());
    assertThat(v31.only("operation-success-response", "/paths/~1no-responses-at-all/get").message())
        .contains("no responses at all");
    // Webhooks and callbacks are operations too; a callback is reported under its operation's pointer.
    assertThat(v31.pointers("operation-success-response")).contains("/webhooks/newPet/post",
        "/paths/~1ok/get/callbacks/onEvent/{$request.body#~1callbackUrl}/post");
  }
}
