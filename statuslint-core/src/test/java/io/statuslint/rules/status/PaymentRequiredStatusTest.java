package io.statuslint.rules.status;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.rule.Severity;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class PaymentRequiredStatusTest {

  private final RuleTester rule = RuleTester.of(new PaymentRequiredStatus());

  @Test
  void reportsPaymentRequiredForTheReviewer() {
    Finding f = rule.given(request("POST", "/exports").respond(402).json("{\"title\":\"quota\"}"))
        .expectFinding("402");
    assertThat(f.severity()).isEqualTo(Severity.INFO);
  }

  @Test
  void reportsPaymentRequiredInASpec() {
    rule.given(DeclaredResponse.of("post", "/exports", "402"), "/exports").expectFinding("402");
  }

  @Test
  void leavesOtherClientErrorsAlone() {
    rule.given(request("POST", "/exports").respond(403)).expectClean();
    rule.given(request("POST", "/exports").respond(401)).expectClean();
  }
}
