package io.statuslint.test.rules;

import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.rule.Rule;
import io.statuslint.test.FindingsReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;

/**
 * The rule test kit for case files: what Error Prone's {@code CompilationTestHelper} is to checks,
 * for status rules. A case file holds raw HTTP exchanges; marker lines say what must be found, and a
 * case without markers must stay clean, so look-alike negatives cost one block each.
 *
 * <pre>
 * ### 429 without Retry-After
 * # expect: rate-limit-retry-after "Retry-After"
 * GET /search?q=books
 *
 * HTTP/1.1 429 Too Many Requests
 * Content-Type: application/problem+json
 *
 * {"title": "Too many requests"}
 *
 * ### 429 that says when to come back stays clean
 * GET /search?q=books
 *
 * HTTP/1.1 429 Too Many Requests
 * Retry-After: 30
 * </pre>
 *
 * Markers, between the heading and the request line: {@code # expect: RULE-ID ["fragment" …]} (one
 * finding of the rule whose message contains each fragment, ignoring case; repeat the line for more
 * findings), {@code # suggests: CODE} (the previous expectation suggests that status code),
 * {@code # body: unknown} or {@code # body: truncated FULL-SIZE} (the response body was not recorded,
 * or only the prefix written), {@code # request-headers: provisional}. Other lines starting with
 * {@code "# "} are comments.
 *
 * <p>The request line is {@code METHOD URL}, then header lines, a blank line and an optional request
 * body; the response starts at the status line ({@code HTTP/1.1 201 Created} or {@code HTTP 201}).
 * Rules run through the real engine with the {@code all} ruleset, so status filtering and
 * supersession are exercised too. For single exchanges in Java, use
 * {@link io.statuslint.testing.RuleTester}, which this kit complements.
 */
public final class RuleCases {

  private final RuleEngine engine;

  private RuleCases(Collection<? extends Rule> rules) {
    this.engine = RuleEngine.of(rules, Config.builder().ruleset(Config.Ruleset.ALL).build());
  }

  /** The kit for these rules; findings of any of them are compared with the markers. */
  public static RuleCases of(Rule... rules) {
    return new RuleCases(List.of(rules));
  }

  public static RuleCases of(Collection<? extends Rule> rules) {
    return new RuleCases(rules);
  }

  /** Parses a case file: a path on the class path, or a file on disk if one exists there. */
  public static List<RuleCase> load(String resource) {
    return new CaseFileParser(resource).parse(read(resource));
  }

  /** Parses case-file text; {@code name} appears in messages. */
  public static List<RuleCase> parse(String name, String text) {
    return new CaseFileParser(name).parse(text);
  }

  /** Runs every case of the file and fails once, listing every case that did not match. */
  public void verify(String resource) {
    verify(load(resource));
  }

  public void verify(List<RuleCase> cases) {
    List<String> problems = new ArrayList<>();
    for (RuleCase c : cases) {
      String problem = mismatch(c);
      if (problem != null) {
        problems.add(problem);
      }
    }
    if (!problems.isEmpty()) {
      throw new AssertionError(problems.size() + " of " + cases.size() + " cases failed:\n\n"
          + String.join("\n", problems));
    }
  }

  /** One JUnit dynamic test per case, named after its heading (use from a {@code @TestFactory}). */
  public Stream<DynamicTest> tests(String resource) {
    return load(resource).stream().map(c -> DynamicTest.dynamicTest(c.title() + " (" + c.source() + ")", () -> {
      String problem = mismatch(c);
      if (problem != null) {
        throw new AssertionError(problem);
      }
    }));
  }

  /** What one case produced. */
  public List<Finding> findings(RuleCase c) {
    return engine.check(c.exchange());
  }

  /** Why the case failed, or {@code null} when it passed. */
  public String mismatch(RuleCase c) {
    List<Finding> remaining = new ArrayList<>(findings(c));
    List<RuleCase.Expected> missing = new ArrayList<>();
    for (RuleCase.Expected e : c.expected()) {
      Finding match = remaining.stream().filter(f -> matches(e, f)).findFirst().orElse(null);
      if (match == null) {
        missing.add(e);
      } else {
        remaining.remove(match);
      }
    }
    if (missing.isEmpty() && remaining.isEmpty()) {
      return null;
    }
    StringBuilder sb = new StringBuilder();
    sb.append(c.source()).append(" \"").append(c.title()).append("\": ")
        .append(FindingsReport.describe(c.exchange())).append('\n');
    for (RuleCase.Expected e : missing) {
      sb.append("  expected but not found: ").append(e).append('\n');
    }
    if (!remaining.isEmpty()) {
      sb.append(c.expected().isEmpty() ? "  expected no finding, but found:\n" : "  found but not expected:\n");
      FindingsReport.appendFindings(sb, remaining, "    ");
    }
    return sb.toString();
  }

  private static boolean matches(RuleCase.Expected e, Finding f) {
    if (!e.rule().equals(f.rule())) {
      return false;
    }
    String message = f.message().toLowerCase(Locale.ROOT);
    for (String fragment : e.fragments()) {
      if (!message.contains(fragment.toLowerCase(Locale.ROOT))) {
        return false;
      }
    }
    return e.suggestedCode() == null
        || (f.suggestion() != null && e.suggestedCode().equals(f.suggestion().code()));
  }

  private static String read(String resource) {
    Path file = Path.of(resource);
    try {
      if (Files.isRegularFile(file)) {
        return Files.readString(file);
      }
      String name = resource.startsWith("/") ? resource.substring(1) : resource;
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      if (loader == null) {
        loader = RuleCases.class.getClassLoader();
      }
      try (InputStream in = loader.getResourceAsStream(name)) {
        if (in == null) {
          throw new IllegalArgumentException("no case file " + resource + " on the class path or on disk");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read case file " + resource, e);
    }
  }
}
