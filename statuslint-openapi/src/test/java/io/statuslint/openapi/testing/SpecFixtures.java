package io.statuslint.openapi.testing;

import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.openapi.LintResult;
import io.statuslint.openapi.SpecLimits;
import io.statuslint.openapi.SpecLinter;
import io.statuslint.openapi.SpecSource;
import io.statuslint.openapi.model.JsonPointers;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.parse.SpecFormat;
import io.statuslint.openapi.parse.SpecParser;
import io.statuslint.rule.Rule;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Spec files under {@code src/test/resources/specs}, linted with chosen rules. Fixtures mark where a
 * rule must fire with {@code x-expect: [rule-id]} on the operation or response (on the {@code $ref}
 * use site for shared responses); every unmarked place must stay clean.
 */
public final class SpecFixtures {

  private SpecFixtures() {}

  /** The findings and the result of linting one fixture. */
  public record Linted(Path file, List<Finding> findings, LintResult result) {
    public Set<String> pointers(String ruleId) {
      Set<String> out = new TreeSet<>();
      for (Finding f : findings) {
        if (f.rule().equals(ruleId)) {
          out.add(f.location().pointer());
        }
      }
      return out;
    }

    public Finding only(String ruleId, String pointer) {
      return findings.stream().filter(f -> f.rule().equals(ruleId) && f.location().pointer().equals(pointer))
          .findFirst().orElseThrow(() -> new AssertionError("no " + ruleId + " finding at " + pointer
              + " in " + findings));
    }
  }

  public static Path path(String resource) {
    try {
      var url = SpecFixtures.class.getResource("/specs/" + resource);
      if (url == null) {
        throw new IllegalArgumentException("no fixture specs/" + resource);
      }
      return Path.of(url.toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  public static Linted lint(String resource, Rule... rules) {
    return lint(path(resource), SpecLimits.defaults(), rules);
  }

  public static Linted lint(Path file, SpecLimits limits, Rule... rules) {
    RuleEngine engine = RuleEngine.of(List.of(rules), Config.builder().ruleset(Config.Ruleset.ALL).build());
    List<Finding> findings = new ArrayList<>();
    LintResult result = SpecLinter.create(limits).lint(SpecSource.file(file), engine, findings::add);
    return new Linted(file, findings, result);
  }

  /** Every response view the linter judges, by its pointer (captured by a rule that sees them all). */
  public static java.util.Map<String, io.statuslint.rule.ResponseView> responseViews(String resource) {
    java.util.Map<String, io.statuslint.rule.ResponseView> views = new java.util.LinkedHashMap<>();
    Rule capture = Rule.define(io.statuslint.rule.RuleMetadata.of("capture", io.statuslint.rule.Severity.INFO, "test"),
        (view, sink) -> views.put(((io.statuslint.openapi.walk.SpecResponseView) view).pointer(), view));
    lint(resource, capture);
    return views;
  }

  /** Every operation view the linter judges, by its pointer. */
  public static java.util.Map<String, io.statuslint.rule.OperationView> operationViews(String resource) {
    java.util.Map<String, io.statuslint.rule.OperationView> views = new java.util.LinkedHashMap<>();
    io.statuslint.rule.OperationRule capture = new io.statuslint.rule.OperationRule() {
      @Override
      public void checkOperation(io.statuslint.rule.OperationView op, io.statuslint.rule.FindingSink sink) {
        views.put(((io.statuslint.openapi.walk.SpecOperationView) op).pointer(), op);
      }

      @Override
      public io.statuslint.rule.RuleMetadata metadata() {
        return io.statuslint.rule.RuleMetadata.of("capture-operations", io.statuslint.rule.Severity.INFO, "test");
      }
    };
    lint(resource, capture);
    return views;
  }

  /** The JSON pointers of every object whose {@code x-expect} lists {@code ruleId}. */
  public static Set<String> expected(String resource, String ruleId) {
    Path file = path(resource);
    byte[] bytes;
    try {
      bytes = Files.readAllBytes(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Object root = new SpecParser(1 << 24, 200).parse(bytes, resource, SpecFormat.detect(resource, bytes));
    Set<String> out = new TreeSet<>();
    collect(root, "", ruleId, out);
    return out;
  }

  private static void collect(Object node, String pointer, String ruleId, Set<String> out) {
    if (node instanceof SpecObject o) {
      Object marks = o.get("x-expect");
      if (marks instanceof SpecArray a) {
        for (int i = 0; i < a.size(); i++) {
          if (ruleId.equals(a.get(i))) {
            out.add(pointer);
          }
        }
      } else if (ruleId.equals(marks)) {
        out.add(pointer);
      }
      for (int i = 0; i < o.size(); i++) {
        collect(o.value(i), JsonPointers.append(pointer, o.key(i)), ruleId, out);
      }
    } else if (node instanceof SpecArray a) {
      for (int i = 0; i < a.size(); i++) {
        collect(a.get(i), pointer + "/" + i, ruleId, out);
      }
    }
  }
}
