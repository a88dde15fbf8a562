package io.statuslint.test;

import io.statuslint.finding.Finding;
import io.statuslint.model.Exchange;
import io.statuslint.rule.Severity;
import java.util.List;
import java.util.Objects;
import org.assertj.core.api.AbstractAssert;
import org.assertj.core.api.Assertions;
import org.assertj.core.api.ListAssert;

/**
 * AssertJ assertions on one exchange, judged by a {@link StatusGuide}:
 *
 * <pre>
 * assertThat(response).followsStatusGuide();
 * assertThat(response).ignoringRules("status-payment-required").followsStatusGuide();
 * assertThat(response).breaksRule("rate-limit-retry-after");
 * </pre>
 *
 * Obtain it from {@link StatuslintAssertions#assertThat}. The selection methods return a new
 * assertion on the same exchange and must come before the check.
 */
public final class ExchangeAssert extends AbstractAssert<ExchangeAssert, Exchange> {

  private final StatusGuide guide;

  ExchangeAssert(Exchange actual, StatusGuide guide) {
    super(actual, ExchangeAssert.class);
    this.guide = Objects.requireNonNull(guide, "guide");
  }

  /** Judges with {@code guide} instead of {@link StatusGuide#standard()}. */
  public ExchangeAssert usingGuide(StatusGuide guide) {
    return copy(guide);
  }

  /** Leaves these rules out. */
  public ExchangeAssert ignoringRules(String... ruleIds) {
    return copy(guide.ignoring(ruleIds));
  }

  /** Runs only these rules (info rules named here run too). */
  public ExchangeAssert checkingOnly(String... ruleIds) {
    return copy(guide.onlyRules(ruleIds));
  }

  /** Fails only on findings at or above {@code severity} (by default every finding fails). */
  public ExchangeAssert failingOn(Severity severity) {
    return copy(guide.failingOn(severity));
  }

  /** No finding at or above the guide's failing level. The failure lists every such finding. */
  public ExchangeAssert followsStatusGuide() {
    isNotNull();
    List<Finding> failures = guide.failures(actual);
    if (!failures.isEmpty()) {
      failWithMessage("%s", FindingsReport.forExchange(actual, failures));
    }
    return myself;
  }

  /**
   * At least one finding of {@code ruleId}: for a test that pins a known defect, or a custom rule's
   * end-to-end test.
   */
  public ExchangeAssert breaksRule(String ruleId) {
    isNotNull();
    List<Finding> findings = guide.onlyRules(ruleId).check(actual);
    if (findings.isEmpty()) {
      failWithMessage("%s", FindingsReport.describe(actual) + " was expected to break rule " + ruleId
          + " but the rule found nothing");
    }
    return myself;
  }

  /** Every finding of the selected rules, for further AssertJ assertions. */
  public ListAssert<Finding> findings() {
    isNotNull();
    return Assertions.assertThat(guide.check(actual)).as("status guide findings of %s", FindingsReport.describe(actual));
  }

  private ExchangeAssert copy(StatusGuide g) {
    ExchangeAssert copy = new ExchangeAssert(actual, g);
    copy.info.useRepresentation(info.representation());
    if (info.hasDescription()) {
      copy.as(info.description());
    }
    return copy;
  }
}
