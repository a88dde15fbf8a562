package io.statuslint.rules.bodies;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.corpus.LabelledCorpus;
import io.statuslint.corpus.LabelledCorpus.Quality;
import io.statuslint.rule.Rule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Precision and recall of the envelope and Problem Details rules on their labelled corpora. */
class EnvelopeCorpusTest {

  static Stream<Rule> rules() {
    return Stream.of(new SuccessWithErrorBody(), new ErrorBodyNotProblemDetails(), new InvalidProblemDetails(),
        new ProblemStatusMismatch());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void meetsPrecisionAndRecallBars(Rule rule) {
    Quality q = LabelledCorpus.measure(rule);
    System.out.println(q);
    q.mistakes().forEach(m -> System.out.println("  " + m));
    assertThat(q.positives()).as("positives in the corpus").isGreaterThanOrEqualTo(30);
    assertThat(q.negatives()).as("look-alikes in the corpus").isGreaterThanOrEqualTo(30);
    assertThat(q.precision()).as(q.ruleId() + " precision; mistakes: " + q.mistakes()).isGreaterThanOrEqualTo(0.97);
    assertThat(q.recall()).as(q.ruleId() + " recall; mistakes: " + q.mistakes()).isGreaterThanOrEqualTo(0.93);
  }
}
