package io.statuslint.engine;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.rule.Severity;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ConfigLoaderTest {

  @Test
  void readsRulesetOverridesIgnoresAndPatterns() {
    Config c = ConfigLoader.parse("""
        extends: all
        rules:
          created-location: error
          status-payment-required: off
        ignore:
          - path: /internal/**
            method: get
            rules: [created-location]
          - /health
        patterns:
          leak.sql: ["ACME-\\\\d+"]
        """, "cfg.yaml");
    assertThat(c.ruleset()).isEqualTo(Config.Ruleset.ALL);
    assertThat(c.setting("created-location")).contains(Config.RuleSetting.severity(Severity.ERROR));
    assertThat(c.setting("status-payment-required")).contains(Config.RuleSetting.OFF);
    assertThat(c.ignores()).hasSize(2);
    assertThat(c.ignores().get(0).matches("GET", "/internal/a/b", "created-location")).isTrue();
    assertThat(c.ignores().get(0).matches("POST", "/internal/a/b", "created-location")).isFalse();
    assertThat(c.ignores().get(0).matches("GET", "/internal/a/b", "redirect-location")).isFalse();
    assertThat(c.ignores().get(1).matches("GET", "/health", "anything")).isTrue();
    assertThat(c.ignores().get(1).matches("GET", "/healthz", "anything")).isFalse();
    assertThat(c.patterns("leak.sql")).containsExactly("ACME-\\d+");
  }

  @Test
  void globsMatchSegmentsAndTemplates() {
    assertThat(new Config.Ignore(null, "/orders/*", null).matches("GET", "/orders/42", "x")).isTrue();
    assertThat(new Config.Ignore(null, "/orders/*", null).matches("GET", "/orders/42/items", "x")).isFalse();
    assertThat(new Config.Ignore(null, "/orders/{id}/items", null).matches("GET", "/orders/42/items", "x")).isTrue();
    assertThat(new Config.Ignore(null, "/a.b", null).matches("GET", "/axb", "x")).isFalse();
  }

  @Test
  void rejectsBadFilesWithOneLine() {
    assertThatThrownBy(() -> ConfigLoader.parse("rules: [", "bad.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageStartingWith("bad.yaml").hasMessageContaining("not valid YAML")
        .satisfies(e -> assertThat(e.getMessage()).doesNotContain("\n"));
    assertThatThrownBy(() -> ConfigLoader.parse("rulez: {}", "typo.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("unknown key 'rulez'");
    assertThatThrownBy(() -> ConfigLoader.parse("rules: {created-location: loud}", "sev.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("created-location");
    assertThatThrownBy(() -> ConfigLoader.parse("extends: strict", "x.yaml"))
        .isInstanceOf(ConfigException.class).hasMessageContaining("strict");
  }

  @Test
  void yamlOffIsOff() {
    // YAML 1.1 parsers read a bare `off` as false; it must still mean "off".
    Config c = ConfigLoader.parse("rules:\n  created-location: off\n", "c.yaml");
    assertThat(c.setting("created-location")).contains(Config.RuleSetting.OFF);
  }

  @Test
  void discoversTheNearestFileUpwards(@TempDir Path dir) throws Exception {
    Path nested = Files.createDirectories(dir.resolve("a/b"));
    Files.writeString(dir.resolve(".statuslint.yaml"), "extends: all\n");
    Path input = Files.writeString(nested.resolve("t.har"), "{}");
    assertThat(ConfigLoader.discover(input)).contains(dir.resolve(".statuslint.yaml"));
    Files.writeString(nested.resolve(".statuslint.yml"), "extends: recommended\n");
    assertThat(ConfigLoader.discover(input)).contains(nested.resolve(".statuslint.yml"));
  }
}
