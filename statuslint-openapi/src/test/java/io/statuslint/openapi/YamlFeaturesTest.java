package io.statuslint.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Anchors, aliases and merge keys, which real YAML specs use to share responses. */
class YamlFeaturesTest {

  @Test
  void aliasesAndMergeKeysShareDeclarations() {
    Map<String, ResponseView> views = SpecFixtures.responseViews("anchors.v30.yaml");
    assertThat(views.get("/paths/~1a/post/responses/201").header("Location")).isEqualTo(Fact.PRESENT);
    assertThat(views.get("/paths/~1a/post/responses/400").description()).isEqualTo("error");
    ResponseView merged = views.get("/paths/~1b/post/responses/201");
    assertThat(merged.header("Location")).isEqualTo(Fact.PRESENT);
    assertThat(merged.description()).isEqualTo("created b");
    assertThat(views.get("/paths/~1b/post/responses/500").description()).isEqualTo("error");
  }
}
