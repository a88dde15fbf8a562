package io.statuslint.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Surface;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** The registry of rule classes, their documents and the published catalogue must agree. */
class CatalogueAgreementTest {

  @Test
  void everyBuiltInRuleIsInTheCatalogueWithItsSeverityAndSurfaces() {
    for (Rule r : BuiltInRules.all()) {
      RuleMetadata m = r.metadata();
      RuleCatalogue.Entry e = RuleCatalogue.entries().get(m.id());
      assertThat(e).as("catalogue entry for %s", m.id()).isNotNull();
      assertThat(m.severity()).as("severity of %s", m.id()).isEqualTo(e.severity());
      assertThat(m.appliesTo(Surface.TRAFFIC)).as("%s on traffic", m.id()).isEqualTo(e.surfaces().contains("T"));
      assertThat(m.appliesTo(Surface.SPEC)).as("%s on specs", m.id()).isEqualTo(e.surfaces().contains("S"));
      assertThat(m.summary()).as("summary of %s", m.id()).isNotBlank();
      assertThat(m.rfc().isBlank() && m.guide().isBlank()).as("%s cites the guide or an RFC", m.id()).isFalse();
    }
  }

  @Test
  void everyBuiltInRuleHasADocument() {
    for (Rule r : BuiltInRules.all()) {
      String id = r.metadata().id();
      assertThat(RuleDocs.forRule(id)).as("docs for %s", id).isPresent();
      assertThat(RuleDocs.forRule(id).get()).as("doc title of %s", id).startsWith("# " + id);
    }
  }

  @Test
  void ruleIdsAreUnique() {
    assertThat(BuiltInRules.all()).extracting(r -> r.metadata().id()).doesNotHaveDuplicates();
  }

  /** The catalogue resource is a copy of RULES.md's tables; when the spec is beside us, compare. */
  @Test
  void theCatalogueMatchesRulesMd() throws Exception {
    Path rulesMd = Path.of("..", "..", "shared", "RULES.md");
    Assumptions.assumeTrue(Files.isRegularFile(rulesMd), "RULES.md not beside the project; skipped");
    Map<String, String> fromSpec = new LinkedHashMap<>();
    Matcher m = Pattern.compile("(?m)^\\| `([a-z0-9-]+)` \\| ([a-z]+) \\|").matcher(Files.readString(rulesMd));
    while (m.find()) {
      fromSpec.put(m.group(1), m.group(2));
    }
    Map<String, String> fromCatalogue = new LinkedHashMap<>();
    RuleCatalogue.entries().forEach((id, e) -> fromCatalogue.put(id, e.severity().id()));
    assertThat(fromCatalogue).isEqualTo(fromSpec);
  }
}
