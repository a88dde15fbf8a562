package io.statuslint.rules.spec;

import io.statuslint.rule.Rule;

class OperationErrorResponsesTest extends SpecRuleContract {

  @Override
  Rule rule() {
    return new OperationErrorResponses();
  }
}
