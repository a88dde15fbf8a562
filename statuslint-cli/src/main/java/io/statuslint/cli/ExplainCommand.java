package io.statuslint.cli;

import io.statuslint.engine.BuiltInRules;
import io.statuslint.engine.RuleCatalogue;
import io.statuslint.engine.RuleDocs;
import io.statuslint.http.StatusCode;
import io.statuslint.http.StatusRegistry;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code statuslint explain 429} or {@code statuslint explain rate-limit-retry-after}. */
@Command(name = "explain", mixinStandardHelpOptions = true,
    description = "Explain a status code (e.g. 429) or a rule (e.g. rate-limit-retry-after).")
final class ExplainCommand implements Callable<Integer> {

  @Parameters(paramLabel = "CODE|RULE", description = "A status code or a rule id.")
  String subject;

  @Override
  public Integer call() {
    if (subject.matches("\\d{1,4}")) {
      return explainCode(Integer.parseInt(subject));
    }
    return explainRule(subject.trim());
  }

  private int explainCode(int code) {
    Optional<StatusCode> sc = StatusRegistry.lookup(code);
    StringBuilder sb = new StringBuilder();
    if (sc.isEmpty()) {
      sb.append(code).append(StatusRegistry.inRange(code)
          ? " is not in the IANA HTTP Status Code Registry: clients treat it as " + (code / 100) + "00.\n"
          : " is not a valid HTTP status code: codes run from 100 to 599 (RFC 9110 §15).\n");
    } else {
      StatusCode c = sc.get();
      sb.append(c.label()).append("  (").append(c.statusClass().title()).append("; ").append(c.reference()).append(")\n\n");
      sb.append(c.guidance()).append('\n');
      if (!c.requiredHeaders().isEmpty()) {
        sb.append("\nNeeds: ").append(String.join(", ", c.requiredHeaders())).append('\n');
      }
      if (c.contentForbidden()) {
        sb.append("Never carries content.\n");
      }
    }
    List<String> rules = new ArrayList<>();
    for (Rule r : BuiltInRules.all()) {
      if (r.metadata().statuses().length > 0 && r.metadata().appliesToStatus(code)) {
        rules.add(r.metadata().id());
      }
    }
    if (!rules.isEmpty()) {
      sb.append("\nRules about this code: ").append(String.join(", ", rules)).append('\n');
    }
    System.out.print(sb);
    return ExitCodes.CLEAN;
  }

  private int explainRule(String id) {
    Optional<RuleMetadata> meta = java.util.stream.Stream.concat(
            BuiltInRules.all().stream().map(Rule::metadata),
            io.statuslint.probe.experiments.Experiments.all().stream().map(x -> x.metadata()))
        .filter(m -> m.id().equals(id)).findFirst();
    if (meta.isEmpty()) {
      if (RuleCatalogue.contains(id)) {
        System.out.println(id + " is in the catalogue but not implemented in this version.");
        return ExitCodes.CLEAN;
      }
      System.err.println("statuslint: no rule or status code '" + id + "' (see `statuslint rules` and `statuslint codes`)");
      return ExitCodes.BAD_INPUT;
    }
    Optional<String> doc = RuleDocs.forRule(id);
    RuleMetadata m = meta.get();
    if (doc.isPresent()) {
      System.out.print(doc.get());
    } else {
      System.out.println(m.id() + " (" + m.severity().id() + "): " + m.summary());
    }
    return ExitCodes.CLEAN;
  }
}
