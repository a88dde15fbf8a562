package io.statuslint.rules.leaks;

import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statuslint.corpus.LabelledCorpus;
import io.statuslint.rule.Rule;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Precision and recall of each leak rule on its labelled corpus (labels committed before tuning). */
class LeakCorpusTest {

  static Stream<Rule> rules() {
    return Stream.of(new ErrorBodyLeaksStackTrace(), new ErrorBodyLeaksSql(), new ErrorBodyLeaksFilePath());
  }

  @ParameterizedTest
  @MethodSource("rules")
  void meetsThePrecisionAndRecallBar(Rule rule) {
    LabelledCorpus.Quality q = LabelledCorpus.measure(rule);
    System.out.printf("%s precision %.3f recall %.3f (positives %d, look-alikes %d)%n",
        q.ruleId(), q.precision(), q.recall(), q.positives(), q.negatives());
    q.mistakes().forEach(m -> System.out.println("  " + q.ruleId() + " " + m));
    assertTrue(q.positives() >= 30 && q.negatives() >= 30, "corpus too small: " + q);
    assertTrue(q.precision() >= 0.97, "precision below 0.97: " + q + " " + q.mistakes());
    assertTrue(q.recall() >= 0.93, "recall below 0.93: " + q + " " + q.mistakes());
  }
}
