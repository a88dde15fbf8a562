package io.statuslint.rules.headers;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.openapi.testing.SpecFixtures;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * A traffic-and-spec rule judging spec responses through the same class: created-location needs no
 * spec code of its own, only the spec's response view.
 */
class CreatedNeedsLocationSpecTest {

  @Test
  void judgesDeclaredHeadersOnOpenApi30() {
    String file = "rules/created-location.v30.yaml";
    SpecFixtures.Linted linted = SpecFixtures.lint(file, new CreatedNeedsLocation());
    Set<String> expected = SpecFixtures.expected(file, "created-location");
    assertThat(linted.pointers("created-location")).isEqualTo(expected).hasSize(2);
    // The shared component is named, and the broken $ref is a problem, not a finding.
    assertThat(linted.only("created-location", "/paths/~1orders~1shared/post/responses/201").location().component())
        .isEqualTo("#/components/responses/CreatedNoLocation");
    assertThat(linted.result().problems()).singleElement()
        .satisfies(p -> assertThat(p.message())
            .contains("#/components/responses/Missing").contains("points at nothing"));
  }

  @Test
  void judgesDeclaredHeadersOnSwagger20() {
    String file = "rules/created-location.v20.yaml";
    SpecFixtures.Linted linted = SpecFixtures.lint(file, new CreatedNeedsLocation());
    assertThat(linted.pointers("created-location")).isEqualTo(SpecFixtures.expected(file, "created-location"));
  }
}
