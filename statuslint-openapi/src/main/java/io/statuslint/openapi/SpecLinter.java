package io.statuslint.openapi;

import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.parse.SpecReadException;
import io.statuslint.openapi.resolve.DocumentLoader;
import io.statuslint.openapi.resolve.HttpFetcher;
import io.statuslint.openapi.resolve.RefResolver;
import io.statuslint.openapi.walk.SpecOperationView;
import io.statuslint.openapi.walk.SpecResponseView;
import io.statuslint.openapi.walk.SpecRun;
import io.statuslint.openapi.walk.SpecWalker;
import io.statuslint.openapi.walk.StatusKey;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;

/**
 * Lints OpenAPI 3.0 / 3.1 and Swagger 2.0 documents with a {@link RuleEngine}: the operation rules
 * judge each operation, the response rules each declared response, and each finding points at the
 * spec (file, line, column, JSON pointer, and the component a shared response came from).
 *
 * <pre>
 * LintResult r = SpecLinter.create().lint(SpecSource.of("api.yaml"), RuleEngine.create(), findings::add);
 * </pre>
 *
 * No input throws: a spec that cannot be read gives a result with one fatal {@link SpecProblem}, and
 * a {@code $ref} that leads nowhere a non-fatal one. Thread-safe; each call is independent.
 */
public final class SpecLinter {

  private final SpecLimits limits;

  private SpecLinter(SpecLimits limits) {
    this.limits = limits;
  }

  public static SpecLinter create() {
    return new SpecLinter(SpecLimits.defaults());
  }

  public static SpecLinter create(SpecLimits limits) {
    return new SpecLinter(limits);
  }

  public SpecLimits limits() {
    return limits;
  }

  /** Lints one spec, handing each finding to {@code findings} as it is found. */
  public LintResult lint(SpecSource source, RuleEngine engine, Consumer<? super Finding> findings) {
    DocumentLoader loader = new DocumentLoader(limits);
    SpecRun run;
    try {
      SpecDocument root = read(source, loader);
      run = new SpecRun(root, SpecRun.detectVersion(root), new RefResolver(loader), limits);
    } catch (SpecReadException e) {
      return LintResult.unreadable(source.name(),
          new SpecProblem(e.source(), e.line(), e.column(), e.reason(), true));
    } catch (OutOfMemoryError e) {
      return LintResult.unreadable(source.name(), new SpecProblem(source.name(), -1, -1,
          "out of memory while reading the spec: give the JVM more heap (JAVA_OPTS=-Xmx…)", true));
    } catch (RuntimeException | StackOverflowError e) {
      // Whatever a parser or the network throws that we did not foresee: still one line, no trace.
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      return LintResult.unreadable(source.name(), new SpecProblem(source.name(), -1, -1, "cannot read: " + m, true));
    }
    Counter counter = new Counter(findings);
    try {
      SpecWalker.walk(run, op -> lintOperation(op, engine, counter));
    } catch (RuntimeException | StackOverflowError e) {
      // A bug must not cost the user the other specs of the run: report it like bad input.
      run.problems().add(new SpecProblem(source.name(), -1, -1,
          "internal error while linting (" + e + "); the findings so far were reported", false));
    }
    return new LintResult(source.name(), run.version(), counter.operations, counter.responses,
        counter.findings, run.problems(), run.warnings(), counter.statuses);
  }

  /**
   * Reads a spec and hands each operation to {@code visitor} without judging it (the probe takes its
   * operations this way). Reading problems come back as with {@link #lint}: one fatal problem when the
   * spec cannot be read, broken {@code $ref}s as non-fatal ones.
   */
  public LintResult operations(SpecSource source, Consumer<? super SpecOperationView> visitor) {
    DocumentLoader loader = new DocumentLoader(limits);
    SpecRun run;
    try {
      SpecDocument root = read(source, loader);
      run = new SpecRun(root, SpecRun.detectVersion(root), new RefResolver(loader), limits);
    } catch (SpecReadException e) {
      return LintResult.unreadable(source.name(),
          new SpecProblem(e.source(), e.line(), e.column(), e.reason(), true));
    } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
      String m = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().lines().findFirst().orElse("");
      return LintResult.unreadable(source.name(), new SpecProblem(source.name(), -1, -1, "cannot read: " + m, true));
    }
    int[] count = new int[1];
    SpecWalker.walk(run, op -> {
      count[0]++;
      visitor.accept(op);
    });
    return new LintResult(source.name(), run.version(), count[0], 0, 0, run.problems(), run.warnings(),
        java.util.Map.of());
  }

  private static void lintOperation(SpecOperationView op, RuleEngine engine, Counter counter) {
    counter.operations++;
    engine.check(op, op.location(), counter.filtered(op.ignores()));
    boolean declaresSuccess = op.responses().stream().anyMatch(r -> r.key().status() / 100 == 2
        && r.key().kind() != StatusKey.Kind.INVALID);
    for (SpecResponseView response : op.responses()) {
      // default is judged as the error catch-all only beside a declared success; alone, it may
      // well be the success response itself (RULES.md, error-problem-details).
      if (response.isDefault() && !declaresSuccess) {
        continue;
      }
      counter.responses++;
      if (response.exactStatus()) {
        counter.statuses.merge(response.status(), 1, Integer::sum);
      }
      engine.check(response, response.location(), op.path(), counter.filtered(response.ignores()));
    }
  }

  private static SpecDocument read(SpecSource source, DocumentLoader loader) {
    URI here = Path.of("").toAbsolutePath().toUri();
    switch (source.kind()) {
      case FILE: {
        Path path = source.path();
        return loader.parse(source.name(), path.toAbsolutePath().normalize().toUri(),
            loader.readFile(path, source.name()));
      }
      case URL:
        return loader.parse(source.name(), source.url(),
            HttpFetcher.fetch(source.url(), source.name(), loader.limits()));
      case STDIN:
        try {
          return loader.parse(source.name(), here, loader.readCapped(System.in, source.name()));
        } catch (IOException e) {
          throw new SpecReadException(source.name(), -1, -1, "cannot read standard input: " + e.getMessage());
        }
      default: {
        byte[] content = source.content();
        if (content.length > loader.limits().maxBytes()) {
          throw new SpecReadException(source.name(), -1, -1, "is over the "
              + SpecLimits.describe(loader.limits().maxBytes()) + " limit for one spec document");
        }
        return loader.parse(source.name(), here, content);
      }
    }
  }

  /** Counts what passes and drops what {@code x-statuslint-ignore} silences. */
  private static final class Counter {
    private final Consumer<? super Finding> out;
    private final TreeMap<Integer, Integer> statuses = new TreeMap<>();
    private int operations;
    private int responses;
    private long findings;

    Counter(Consumer<? super Finding> out) {
      this.out = out;
    }

    Consumer<Finding> filtered(Set<String> ignores) {
      return f -> {
        if (!ignores.contains(f.rule())) {
          findings++;
          out.accept(f);
        }
      };
    }
  }
}
