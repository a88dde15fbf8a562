package io.statuslint.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.corpus.LabelledCorpus.Quality;
import io.statuslint.engine.BuiltInRules;
import io.statuslint.rule.Rule;
import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Precision and recall on the held-out set ({@code corpus-heldout/<rule-id>.jsonl}): bodies from servers,
 * gateways and APIs that the tuning corpora do not name, labelled before the detectors were read. It
 * documents how the rules generalise rather than gating the build, so the bars are soft (precision at
 * least 0.9, recall at least 0.6) and every mistake is printed for the next round of fixes.
 */
class HeldOutQualityTest {

  private static final StringBuilder TABLE = new StringBuilder();

  static Stream<String> heldOut() throws IOException, URISyntaxException {
    Path dir = Path.of(HeldOutQualityTest.class.getResource(LabelledCorpus.HELD_OUT).toURI());
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jsonl"))
          .map(n -> n.substring(0, n.length() - ".jsonl".length())).sorted().toList().stream();
    }
  }

  private static Rule builtIn(String id) {
    return BuiltInRules.all().stream().filter(r -> r.metadata().id().equals(id)).findFirst()
        .orElseThrow(() -> new AssertionError("held-out set for " + id + " but no built-in rule has that id"));
  }

  @ParameterizedTest
  @MethodSource("heldOut")
  void generalisesBeyondTheTuningCorpus(String ruleId) {
    Quality q = LabelledCorpus.measure(LabelledCorpus.HELD_OUT, builtIn(ruleId));
    synchronized (TABLE) {
      TABLE.append(q).append('\n');
      q.mistakes().forEach(m -> TABLE.append("    ").append(m).append('\n'));
    }
    assertThat(q.positives()).as("positives in the held-out set of " + ruleId).isGreaterThanOrEqualTo(25);
    assertThat(q.negatives()).as("look-alikes in the held-out set of " + ruleId).isGreaterThanOrEqualTo(25);
    assertThat(q.precision()).as(ruleId + " held-out precision; mistakes: " + q.mistakes()).isGreaterThanOrEqualTo(0.9);
    assertThat(q.recall()).as(ruleId + " held-out recall; mistakes: " + q.mistakes()).isGreaterThanOrEqualTo(0.6);
  }

  @AfterAll
  static void printTable() {
    System.out.println("\nPrecision and recall on the held-out set (src/test/resources/io/statuslint/corpus-heldout):");
    System.out.print(TABLE);
  }
}
