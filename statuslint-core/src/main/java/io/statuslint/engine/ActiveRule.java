package io.statuslint.engine;

import io.statuslint.finding.Reference;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;

/** A rule as the engine runs it: its metadata read once, its severity after configuration. */
public record ActiveRule(Rule rule, RuleMetadata metadata, Severity severity, Reference reference) {

  public String id() {
    return metadata.id();
  }

  static ActiveRule of(Rule rule, RuleMetadata meta, Severity severity) {
    return new ActiveRule(rule, meta, severity,
        Reference.of(meta.guide(), meta.rfc(), "https://statuslint.io/rules/" + meta.id()));
  }
}
