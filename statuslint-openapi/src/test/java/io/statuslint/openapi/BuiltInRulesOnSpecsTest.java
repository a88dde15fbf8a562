package io.statuslint.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.engine.BuiltInRules;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.openapi.model.JsonPointers;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.parse.SpecFormat;
import io.statuslint.openapi.parse.SpecParser;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.OperationRule;
import io.statuslint.rule.Rule;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The traffic-and-spec rules of statuslint-core judging spec responses through the spec's view,
 * all of them at once: every finding must be one the fixture marks ({@code x-expect}), and every
 * mark must be found. Ranges, {@code default}, examples and schemas all take part.
 */
class BuiltInRulesOnSpecsTest {

  @Test
  void everyBuiltInRuleFiresExactlyWhereTheFixtureSays() throws IOException {
    Path file = SpecFixtures.path("builtin/all-rules.v30.yaml");
    // The response rules only: the operation rules have their own fixtures (io.statuslint.rules.spec).
    List<Rule> responseRules = BuiltInRules.all().stream().filter(r -> !(r instanceof OperationRule)).toList();
    RuleEngine engine = RuleEngine.of(responseRules, Config.builder().ruleset(Config.Ruleset.ALL).build());
    List<Finding> findings = new ArrayList<>();
    LintResult result = SpecLinter.create().lint(SpecSource.file(file), engine, findings::add);
    assertThat(result.problems()).isEmpty();
    Set<String> found = new TreeSet<>();
    for (Finding f : findings) {
      found.add(f.location().pointer() + " " + f.rule());
    }
    assertThat(found).hasSize(19).isEqualTo(marks(file));
  }

  private static Set<String> marks(Path file) throws IOException {
    byte[] bytes = Files.readAllBytes(file);
    Object root = new SpecParser(1 << 20, 100).parse(bytes, file.toString(), SpecFormat.YAML);
    Set<String> out = new TreeSet<>();
    collect(root, "", out);
    return out;
  }

  private static void collect(Object node, String pointer, Set<String> out) {
    if (node instanceof SpecObject o) {
      if (o.get("x-expect") instanceof SpecArray rules) {
        for (int i = 0; i < rules.size(); i++) {
          out.add(pointer + " " + rules.get(i));
        }
      }
      for (int i = 0; i < o.size(); i++) {
        collect(o.value(i), JsonPointers.append(pointer, o.key(i)), out);
      }
    } else if (node instanceof SpecArray a) {
      for (int i = 0; i < a.size(); i++) {
        collect(a.get(i), pointer + "/" + i, out);
      }
    }
  }
}
