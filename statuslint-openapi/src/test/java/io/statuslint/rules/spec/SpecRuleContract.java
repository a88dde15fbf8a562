package io.statuslint.rules.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The shared test of a spec rule: each fixture ({@code specs/rules/<id>.v30.yaml}, {@code .v31.yaml},
 * {@code .v20.json|yaml}) marks with {@code x-expect} every place the rule must fire; the rule must
 * fire exactly there and stay quiet on every look-alike. Subclasses add rule-specific checks.
 *
 * <p>These tests live in statuslint-openapi (same package as the rules in statuslint-core) because
 * they need the spec parser, which core must not depend on.
 */
abstract class SpecRuleContract {

  abstract Rule rule();

  List<String> fixtures() {
    String id = rule().metadata().id();
    return Stream.of(".v30.yaml", ".v31.yaml", ".v20.json", ".v20.yaml")
        .map(ext -> id + ext)
        .filter(f -> SpecFixtures.class.getResource("/specs/rules/" + f) != null)
        .toList();
  }

  static Stream<String> dialects() {
    return Stream.of("v30", "v31", "v20");
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("dialects")
  void firesExactlyWhereTheFixtureSays(String dialect) {
    String id = rule().metadata().id();
    List<String> files = fixtures().stream().filter(f -> f.contains("." + dialect + ".")).toList();
    assertThat(files).as("a %s fixture for %s", dialect, id).isNotEmpty();
    for (String file : files) {
      Set<String> expected = SpecFixtures.expected("rules/" + file, id);
      assertThat(expected).as("fixture %s marks at least one positive case", file).isNotEmpty();
      SpecFixtures.Linted linted = SpecFixtures.lint("rules/" + file, rule());
      assertThat(linted.pointers(id)).as("findings of %s in %s", id, file).isEqualTo(expected);
      assertThat(linted.findings()).allSatisfy(f -> {
        assertThat(f.location().file()).isEqualTo(linted.file().toString());
        assertThat(f.location().line()).isPositive();
        assertThat(f.location().column()).isPositive();
      });
    }
  }
}
