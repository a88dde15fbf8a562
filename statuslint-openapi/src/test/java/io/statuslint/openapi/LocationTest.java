package io.statuslint.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.OperationView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Every finding points at the exact line, column and JSON pointer, in YAML and JSON alike. */
class LocationTest {

  private static final Rule EVERY_RESPONSE = Rule.define(
      RuleMetadata.of("every-response", Severity.WARNING, "test"), (view, sink) -> sink.report("here"));

  private static final OperationRule EVERY_OPERATION = new OperationRule() {
    @Override
    public void checkOperation(OperationView operation, FindingSink findings) {
      findings.report("here");
    }

    @Override
    public RuleMetadata metadata() {
      return RuleMetadata.of("every-operation", Severity.WARNING, "test");
    }
  };

  private static Location at(List<Finding> findings, String rule, String pointer) {
    return findings.stream().filter(f -> f.rule().equals(rule) && f.location().pointer().equals(pointer))
        .findFirst().orElseThrow(() -> new AssertionError(rule + " at " + pointer + " in " + findings)).location();
  }

  @Test
  void yamlPositionsAreThoseOfTheKeys() {
    SpecFixtures.Linted linted = SpecFixtures.lint("locations/pets.v30.yaml", EVERY_RESPONSE, EVERY_OPERATION);
    Location op = at(linted.findings(), "every-operation", "/paths/~1pets/post");
    assertThat(op.file()).isEqualTo(linted.file().toString());
    assertThat(List.of(op.line(), op.column())).containsExactly(5L, 5L);
    assertThat(op.method()).isEqualTo("POST");
    assertThat(op.url()).isEqualTo("/pets");

    Location created = at(linted.findings(), "every-response", "/paths/~1pets/post/responses/201");
    assertThat(List.of(created.line(), created.column())).containsExactly(8L, 9L);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.component()).isNull();

    // A shared response is reported where it is used: the line of the $ref, naming the component.
    Location notFound = at(linted.findings(), "every-response", "/paths/~1pets/post/responses/404");
    assertThat(List.of(notFound.line(), notFound.column())).containsExactly(11L, 11L);
    assertThat(notFound.component()).isEqualTo("#/components/responses/NotFound");
  }

  @Test
  void jsonPositionsAreThoseOfTheKeys() {
    SpecFixtures.Linted linted = SpecFixtures.lint("locations/pets.v30.json", EVERY_RESPONSE, EVERY_OPERATION);
    Location op = at(linted.findings(), "every-operation", "/paths/~1pets/post");
    assertThat(List.of(op.line(), op.column())).containsExactly(6L, 7L);
    Location created = at(linted.findings(), "every-response", "/paths/~1pets/post/responses/201");
    assertThat(List.of(created.line(), created.column())).containsExactly(9L, 11L);
    Location notFound = at(linted.findings(), "every-response", "/paths/~1pets/post/responses/404");
    assertThat(List.of(notFound.line(), notFound.column())).containsExactly(10L, 19L);
    assertThat(notFound.component()).isEqualTo("#/components/responses/NotFound");
  }

  @Test
  void pointersEscapeSlashesAndTildes() {
    SpecFixtures.Linted linted = SpecFixtures.lint("locations/escaped.v31.yaml", EVERY_RESPONSE);
    Location ok = at(linted.findings(), "every-response", "/paths/~1files~1{path}~0draft/get/responses/200");
    assertThat(ok.url()).isEqualTo("/files/{path}~draft");
    assertThat(ok.line()).isEqualTo(7);
  }

  @Test
  void operationsOfAPathItemInAnotherFileAreFoundThere() {
    SpecFixtures.Linted linted = SpecFixtures.lint("refs/main.v30.yaml", EVERY_RESPONSE);
    // The path item lives in paths/pets.yaml: its responses are reported in that file, under the
    // pointer of the place that uses it, naming the component they came through.
    Location inPathItem = at(linted.findings(), "every-response", "/paths/~1pets/get/responses/404");
    assertThat(inPathItem.file()).endsWith("specs/refs/paths/pets.yaml".replace('/', java.io.File.separatorChar));
    assertThat(List.of(inPathItem.line(), inPathItem.column())).containsExactly(5L, 7L);
    assertThat(inPathItem.component()).isEqualTo("../common/responses.yaml#/NotFound");

    Location viaChain = at(linted.findings(), "every-response", "/paths/~1owners/get/responses/410");
    assertThat(viaChain.file()).isEqualTo(linted.file().toString());
    assertThat(viaChain.line()).isEqualTo(11);
    assertThat(viaChain.component()).isEqualTo("common/responses.yaml#/GoneViaChain");
  }
}
