package io.statuslint.flink;

import io.statuslint.engine.ConfigLoader;
import io.statuslint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import picocli.CommandLine.Option;

/** The options that choose the rules and judge the result, as {@code statuslint check} has them. */
final class RuleOptions {

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file. Default: the nearest .statuslint.yaml at or above the first local input.")
  Path config;

  @Option(names = "--ruleset", paramLabel = "NAME",
      description = "recommended (errors and warnings, the default) or all (adds info rules).")
  String ruleset;

  @Option(names = "--lenient", description = "Skip unreadable inputs and lines (counted) instead of failing the job.")
  boolean lenient;

  @Option(names = "--examples", paramLabel = "N", defaultValue = "3",
      description = "Example exchanges kept per row of the aggregate table (default: ${DEFAULT-VALUE}).")
  int examples;

  @Option(names = "--fail-on", paramLabel = "LEVEL", defaultValue = "error",
      description = "error, warning, info or never: the level that makes the exit code 1 (default: ${DEFAULT-VALUE}).")
  String failOn;

  /** The settings shipped to every task, with the configuration read here, on the client. */
  AuditSettings settings(List<String> inputs) throws IOException {
    Path file = config;
    if (file == null) {
      file = inputs.stream().filter(in -> !in.contains("://") && !in.startsWith("file:"))
          .map(Path::of).filter(Files::exists).findFirst()
          .flatMap(ConfigLoader::discover).orElse(null);
    }
    String yaml = file == null ? null : Files.readString(file);
    return new AuditSettings(yaml, file == null ? null : file.toString(), ruleset, lenient, examples);
  }

  /** The lowest severity that fails the run, or empty for {@code never}. */
  Optional<Severity> failLevel() {
    switch (failOn.toLowerCase(Locale.ROOT)) {
      case "error":
        return Optional.of(Severity.ERROR);
      case "warning":
        return Optional.of(Severity.WARNING);
      case "info":
        return Optional.of(Severity.INFO);
      case "never":
        return Optional.empty();
      default:
        throw new IllegalArgumentException("--fail-on must be error, warning, info or never, not " + failOn);
    }
  }
}
