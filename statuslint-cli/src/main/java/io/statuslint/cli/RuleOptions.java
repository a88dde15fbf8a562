package io.statuslint.cli;

import io.statuslint.engine.Config;
import io.statuslint.engine.ConfigLoader;
import io.statuslint.engine.RuleEngine;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import picocli.CommandLine.Option;

/** Options that pick the rules: the configuration file and the ruleset. */
public final class RuleOptions {

  @Option(names = {"-c", "--config"}, paramLabel = "FILE",
      description = "Configuration file. Default: the nearest .statuslint.yaml in the input's directory or above.")
  Path config;

  @Option(names = "--ruleset", paramLabel = "NAME",
      description = "recommended (errors and warnings, the default) or all (adds info rules). Overrides the config.")
  String ruleset;

  @Option(names = "--lenient",
      description = "Treat unreadable inputs and bad entries as warnings: skip them and exit by the findings.")
  boolean lenient;

  /** Loads the configuration for {@code inputs} and builds the engine. */
  RuleEngine engine(List<String> inputs) {
    return RuleEngine.create(config(inputs));
  }

  /** The configuration for {@code inputs}, with {@code --ruleset} applied. */
  Config config(List<String> inputs) {
    Config cfg = loadConfig(inputs);
    if (ruleset != null) {
      Config.Builder b = Config.builder().ruleset(Config.Ruleset.parse(ruleset)).source(cfg.source());
      cfg.ruleSettings().forEach(b::rule);
      cfg.ignores().forEach(b::ignore);
      cfg.patterns().forEach((k, v) -> v.forEach(p -> b.pattern(k, p)));
      cfg.warnings().forEach(b::warning);
      cfg = b.build();
    }
    return cfg;
  }

  private Config loadConfig(List<String> inputs) {
    if (config != null) {
      return ConfigLoader.load(config);
    }
    Path start = Path.of(".");
    for (String in : inputs) {
      if (!in.equals("-") && !in.contains("://") && Files.exists(Path.of(in))) {
        start = Path.of(in);
        break;
      }
    }
    Optional<Path> found = ConfigLoader.discover(start);
    return found.map(ConfigLoader::load).orElseGet(Config::defaults);
  }
}
