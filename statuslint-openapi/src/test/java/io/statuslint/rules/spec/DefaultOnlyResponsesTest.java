package io.statuslint.rules.spec;

import io.statuslint.rule.Rule;

class DefaultOnlyResponsesTest extends SpecRuleContract {

  @Override
  Rule rule() {
    return new DefaultOnlyResponses();
  }
}
