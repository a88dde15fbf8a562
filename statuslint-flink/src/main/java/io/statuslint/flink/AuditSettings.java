package io.statuslint.flink;

import io.statuslint.engine.Config;
import io.statuslint.engine.ConfigLoader;
import io.statuslint.engine.RuleEngine;
import io.statuslint.traffic.ReaderOptions;
import java.io.Serializable;

/**
 * What every task needs to judge traffic as {@code statuslint check} does, in a form Flink can ship
 * to the cluster: the configuration's text rather than a parsed {@link Config}, so that each task
 * builds its own {@link RuleEngine} in {@code open()} and no engine object is ever serialized.
 *
 * @param configYaml the {@code .statuslint.yaml} text, or null for the defaults
 * @param configSource where it came from, for messages
 * @param ruleset {@code recommended} or {@code all} to override the configuration's, or null
 * @param lenient skip unreadable inputs and lines (counted) instead of failing the job
 * @param maxExamples example exchanges kept per row of the aggregate table
 */
public record AuditSettings(String configYaml, String configSource, String ruleset, boolean lenient, int maxExamples)
    implements Serializable {

  public static final int DEFAULT_EXAMPLES = 3;

  public AuditSettings {
    if (maxExamples < 0) {
      throw new IllegalArgumentException("maxExamples must not be negative");
    }
    if (ruleset != null) {
      Config.Ruleset.parse(ruleset); // fail on the client, not in every task
    }
    if (configYaml != null) {
      ConfigLoader.parse(configYaml, configSource);
    }
  }

  public static AuditSettings defaults() {
    return new AuditSettings(null, null, null, false, DEFAULT_EXAMPLES);
  }

  /** The configuration, with the ruleset override applied the way the command line applies it. */
  public Config config() {
    Config cfg = configYaml == null ? Config.defaults() : ConfigLoader.parse(configYaml, configSource);
    if (ruleset == null) {
      return cfg;
    }
    Config.Builder b = Config.builder().ruleset(Config.Ruleset.parse(ruleset)).source(cfg.source());
    cfg.ruleSettings().forEach(b::rule);
    cfg.ignores().forEach(b::ignore);
    cfg.patterns().forEach((k, v) -> v.forEach(p -> b.pattern(k, p)));
    cfg.warnings().forEach(b::warning);
    return b.build();
  }

  /** A new engine; create one per task. */
  public RuleEngine engine() {
    return RuleEngine.create(config());
  }

  public ReaderOptions readerOptions() {
    return ReaderOptions.defaults().withLenient(lenient);
  }
}
