package io.statuslint.openapi;

import io.statuslint.openapi.model.SpecVersion;
import java.util.List;
import java.util.Map;

/**
 * What linting one spec came to.
 *
 * @param input the spec as the user named it
 * @param version its dialect, or {@code null} when it could not be read
 * @param operations operations linted (paths, webhooks and callbacks, each use of a shared path item)
 * @param responses responses judged
 * @param findings findings reported (after {@code x-statuslint-ignore})
 * @param problems what could not be read: one fatal problem when the spec itself could not be read,
 *     or broken {@code $ref}s (the rest of the spec was still linted); the command exits 2 on any
 * @param warnings things worth a look that do not stop the run (an unknown id in
 *     {@code x-statuslint-ignore})
 * @param statuses how many judged responses declared each exact code
 */
public record LintResult(
    String input,
    SpecVersion version,
    int operations,
    int responses,
    long findings,
    List<SpecProblem> problems,
    List<SpecProblem> warnings,
    Map<Integer, Integer> statuses) {

  public LintResult {
    problems = List.copyOf(problems);
    warnings = List.copyOf(warnings);
    statuses = Map.copyOf(statuses);
  }

  static LintResult unreadable(String input, SpecProblem problem) {
    return new LintResult(input, null, 0, 0, 0, List.of(problem), List.of(), Map.of());
  }

  /** Whether the spec could be read and linted (possibly with broken {@code $ref}s). */
  public boolean readable() {
    return problems.stream().noneMatch(SpecProblem::fatal);
  }

  /** Whether anything kept part of the spec from being linted. */
  public boolean hasProblems() {
    return !problems.isEmpty();
  }
}
