package io.statuslint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.corpus.LabelledCorpus.Quality;
import io.statuslint.engine.BuiltInRules;
import io.statuslint.rule.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Precision and recall of every rule that has a labelled corpus ({@code corpus/<rule-id>.jsonl}),
 * printed as one table. The labels were committed before the detectors were tuned; the bars are the
 * judgment-rules issue's: precision at least 0.97, recall at least 0.93, 30+ cases each way.
 */
class CorpusQualityTest {

  private static final StringBuilder TABLE = new StringBuilder();

  static Stream<String> corpora() throws IOException, URISyntaxException {
    Path dir = Path.of(CorpusQualityTest.class.getResource("/io/statuslint/corpus").toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl"))
          .map(n -> n.substring(0, n.length() - ".jsonl".length())).sorted().toList().stream();
    }
  }

  private static Rule builtIn(String id) {
    return BuiltInRules.all().stream().filter(r -> r.metadata().id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("corpus for " + id + " but no built-in rule has that id"));
  }

  @ParameterizedTest
  @MethodSource("corpora")
  void meetsThePrecisionAndRecallBars(String ruleId) {
    Quality q = LabelledCorpus.measure(builtIn(ruleId));
    synchronized (TABLE) {
      TABLE.append(q).append('\n');
      q.mistakes().forEach(m -> TABLE.append("    ").append(m).append('\n'));
    }
    assertThat(q.positives()).as("positives in the corpus of " + ruleId).isGreaterThanOrEqualTo(30);
    assertThat(q.negatives()).as("look-alikes in the corpus of " + ruleId).isGreaterThanOrEqualTo(30);
    assertThat(q.precision()).as(ruleId + " precision; mistakes: " + q.mistakes()).isGreaterThanOrEqualTo(0.97);
    assertThat(q.recall()).as(ruleId + " recall; mistakes: " + q.mistakes()).isGreaterThanOrEqualTo(0.93);
  }

  @Test
  void everyJudgmentRuleHasACorpus() throws Exception {
    List<String> have = corpora().toList();
    assertThat(have).contains("success-with-error-body", "leak-stack-trace", "leak-sql", "leak-file-path",
        "error-problem-details", "problem-details-invalid", "problem-status-mismatch",
        "client-error-as-server-error", "server-error-as-client-error", "unspecific-client-error",
        "status-meaning-mismatch");
  }

  @AfterAll
  static void printTable() {
    System.out.println("\nPrecision and recall on the labelled corpora (src/test/resources/io/statuslint/corpus):");
    System.out.print(TABLE);
  }
}
