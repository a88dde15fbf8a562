package io.statuslint.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rules.headers.CreatedNeedsLocation;
import io.statuslint.rules.spec.OperationErrorResponses;
import org.junit.jupiter.api.Test;

/** {@code x-statuslint-ignore} on operations, path items, responses, next to $refs and on components. */
class IgnoreTest {

  private final SpecFixtures.Linted linted =
      SpecFixtures.lint("ignore.v30.yaml", new CreatedNeedsLocation(), new OperationErrorResponses());

  @Test
  void silencesExactlyTheListedRulesWhereTheyAreListed() {
    for (String rule : new String[] {"created-location", "operation-error-responses"}) {
      assertThat(linted.pointers(rule)).as(rule).isEqualTo(SpecFixtures.expected("ignore.v30.yaml", rule));
    }
  }

  @Test
  void warnsAboutIdsThatNameNoRule() {
    assertThat(linted.result().warnings()).singleElement().satisfies(w -> {
      assertThat(w.message()).contains("'no-such-rule'");
      assertThat(w.line()).isEqualTo(33);
    });
    assertThat(linted.result().problems()).isEmpty();
  }

  @Test
  void countsOnlyWhatIsReported() {
    assertThat(linted.result().findings()).isEqualTo(linted.findings().size()).isEqualTo(2);
  }
}
