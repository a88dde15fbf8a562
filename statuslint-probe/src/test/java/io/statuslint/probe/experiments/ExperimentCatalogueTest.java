package io.statuslint.probe.experiments;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.engine.RuleCatalogue;
import io.statuslint.engine.RuleDocs;
import io.statuslint.rule.RuleMetadata;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The experiments, their documents and the published catalogue's probe rows agree. */
class ExperimentCatalogueTest {

  @Test
  void everyProbeIdOfTheCatalogueHasExactlyOneExperiment() {
    Set<String> catalogue = RuleCatalogue.entries().values().stream()
        .filter(e -> e.surfaces().contains("P")).map(RuleCatalogue.Entry::id)
        .collect(Collectors.toCollection(TreeSet::new));
    Set<String> implemented = Experiments.all().stream().map(Experiment::id)
        .collect(Collectors.toCollection(TreeSet::new));
    assertThat(implemented).isEqualTo(catalogue).hasSize(12);
    assertThat(Experiments.all()).extracting(Experiment::id).doesNotHaveDuplicates();
  }

  @Test
  void severitiesMatchTheCatalogueAndEachCitesItsGrounds() {
    for (Experiment x : Experiments.all()) {
      RuleMetadata m = x.metadata();
      assertThat(m.severity()).as(m.id()).isEqualTo(RuleCatalogue.entries().get(m.id()).severity());
      assertThat(m.summary()).as(m.id()).isNotBlank();
      assertThat(m.rfc()).as(m.id()).isNotBlank();
      assertThat(m.id()).startsWith("probe-");
    }
  }

  @Test
  void everyExperimentHasADocumentSayingWhatItSends() {
    for (Experiment x : Experiments.all()) {
      String doc = RuleDocs.forRule(x.id()).orElse("");
      assertThat(doc).as(x.id()).startsWith("# " + x.id()).contains("## Sends", "## Fires", "## Does not fire",
          "## Fix");
    }
  }

  @Test
  void onlyTheBodyExperimentsNeedTheOptIn() {
    assertThat(Experiments.all().stream().filter(Experiment::unsafe).map(Experiment::id))
        .containsExactlyInAnyOrder("probe-malformed-body", "probe-unsupported-media-type", "probe-oversized-body");
  }
}
