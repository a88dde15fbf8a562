package io.statuslint.maven;

import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import java.io.IOException;
import java.nio.file.Path;
import java.util.function.Consumer;

/**
 * Lints one API description (OpenAPI 3.x / Swagger 2.0). The plugin's only link to the spec
 * linter, so that the goal, its reports and its tests do not depend on how specs are parsed.
 */
interface SpecLinting {

  /**
   * Sends the findings of {@code spec} to {@code findings}.
   *
   * @throws IOException when the file cannot be read or is not a spec (the build reports it as an
   *     unreadable input)
   */
  void lint(Path spec, RuleEngine engine, Consumer<? super Finding> findings) throws IOException;

  /** The spec linter of this build. */
  static SpecLinting available() {
    return (spec, engine, findings) -> {
      // statuslint-openapi has not been merged into this build yet; this is the place to call
      // SpecLinter.create().lint(SpecSource.of(spec), engine, findings) once it is.
      throw new IOException(spec + ": linting OpenAPI specs needs the statuslint-openapi module, which"
          + " this build does not contain yet");
    };
  }
}
