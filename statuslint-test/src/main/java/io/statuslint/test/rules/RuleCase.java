package io.statuslint.test.rules;

import io.statuslint.model.Exchange;
import java.util.List;

/**
 * One case of a case file: an exchange and what the rules under test must find in it. No
 * expectation means the exchange must stay clean.
 *
 * @param title the text after {@code ###}
 * @param source {@code file:line} of the case's heading, for failure messages
 * @param expected the findings that must appear, one per {@code # expect:} line
 */
public record RuleCase(String title, String source, Exchange exchange, List<Expected> expected) {

  public RuleCase {
    expected = List.copyOf(expected);
  }

  /**
   * One expected finding.
   *
   * @param rule the rule id
   * @param fragments text the message must contain (case-insensitive)
   * @param suggestedCode the status code the finding must suggest, or {@code null} for any
   */
  public record Expected(String rule, List<String> fragments, Integer suggestedCode) {

    public Expected {
      fragments = List.copyOf(fragments);
    }

    @Override
    public String toString() {
      StringBuilder sb = new StringBuilder(rule);
      fragments.forEach(f -> sb.append(" \"").append(f).append('"'));
      if (suggestedCode != null) {
        sb.append(" suggesting ").append(suggestedCode);
      }
      return sb.toString();
    }
  }
}
