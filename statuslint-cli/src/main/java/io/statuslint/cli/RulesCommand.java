package io.statuslint.cli;

import io.statuslint.engine.BuiltInRules;
import io.statuslint.engine.RuleCatalogue;
import io.statuslint.probe.experiments.Experiment;
import io.statuslint.probe.experiments.Experiments;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Surface;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statuslint rules}: every rule of the catalogue, with severity, surfaces and summary. */
@Command(name = "rules", mixinStandardHelpOptions = true,
    description = "List the rules: id, default severity, where they apply (T traffic, S spec, P probe), summary.")
final class RulesCommand implements Callable<Integer> {

  @Option(names = "--all", description = "Also list catalogue ids that this version does not implement yet.")
  boolean all;

  @Override
  public Integer call() {
    Map<String, RuleMetadata> implemented = new LinkedHashMap<>();
    for (Rule r : BuiltInRules.all()) {
      implemented.put(r.metadata().id(), r.metadata());
    }
    StringBuilder sb = new StringBuilder();
    for (RuleMetadata m : implemented.values()) {
      String on = (m.appliesTo(Surface.TRAFFIC) ? "T" : " ") + (m.appliesTo(Surface.SPEC) ? "S" : " ");
      sb.append(String.format("%-36s %-8s %s  %s%n", m.id(), m.severity().id(), on, m.summary()));
    }
    // Probe experiments (P): `statuslint probe` sends their requests; see `statuslint explain <id>`.
    for (Experiment x : Experiments.all()) {
      RuleMetadata m = x.metadata();
      implemented.put(m.id(), m);
      sb.append(String.format("%-36s %-8s %s  %s%n", m.id(), m.severity().id(), "P ", m.summary()));
    }
    if (all) {
      for (RuleCatalogue.Entry e : RuleCatalogue.entries().values()) {
        if (!implemented.containsKey(e.id())) {
          sb.append(String.format("%-36s %-8s %-3s (not implemented yet)%n", e.id(), e.severity().id(), e.surfaces()));
        }
      }
    }
    System.out.print(sb);
    return ExitCodes.CLEAN;
  }
}
