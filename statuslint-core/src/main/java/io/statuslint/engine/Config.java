package io.statuslint.engine;

import io.statuslint.rule.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Which rules run and how loud they are: a ruleset, per-rule overrides, ignores and extra patterns.
 * Built by {@link ConfigLoader} from {@code .statuslint.yaml}, or in code with {@link #builder()}.
 */
public final class Config {

  /** The named rule selections of RULES.md. */
  public enum Ruleset {
    /** Every error and warning rule. */
    RECOMMENDED,
    /** Every rule, info rules included. */
    ALL;

    public static Ruleset parse(String s) {
      try {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw new ConfigException("unknown ruleset '" + s + "' (expected recommended or all)");
      }
    }
  }

  /** Silences some or all rules for requests matching a method and a path glob. */
  public record Ignore(String method, String pathGlob, List<String> rules) {
    public Ignore {
      method = method == null || method.isBlank() || method.equals("*") ? null : method.toUpperCase(Locale.ROOT);
      rules = rules == null ? List.of() : List.copyOf(rules);
    }

    /** Whether this ignore silences {@code rule} for the request. */
    public boolean matches(String requestMethod, String path, String rule) {
      if (method != null && !method.equals(requestMethod)) {
        return false;
      }
      if (!rules.isEmpty() && !rules.contains(rule)) {
        return false;
      }
      return pathGlob == null || globToRegex(pathGlob).matcher(path).matches();
    }

    /** {@code *} matches within one segment, {@code **} across segments, {@code {id}} like {@code *}. */
    static Pattern globToRegex(String glob) {
      StringBuilder re = new StringBuilder();
      for (int i = 0; i < glob.length(); i++) {
        char c = glob.charAt(i);
        if (c == '*') {
          if (i + 1 < glob.length() && glob.charAt(i + 1) == '*') {
            re.append(".*");
            i++;
          } else {
            re.append("[^/]*");
          }
        } else if (c == '{') {
          int end = glob.indexOf('}', i);
          if (end < 0) {
            re.append("\\{");
          } else {
            re.append("[^/]+");
            i = end;
          }
        } else if ("\\.[]()+?^$|".indexOf(c) >= 0) {
          re.append('\\').append(c);
        } else {
          re.append(c);
        }
      }
      return Pattern.compile(re.toString());
    }
  }

  /** Off, or a severity that replaces the rule's default. */
  public record RuleSetting(boolean off, Severity severity) {
    public static final RuleSetting OFF = new RuleSetting(true, null);

    public static RuleSetting severity(Severity s) {
      return new RuleSetting(false, s);
    }
  }

  private final Ruleset ruleset;
  private final Map<String, RuleSetting> rules;
  private final List<Ignore> ignores;
  private final Map<String, List<String>> patterns;
  private final List<String> warnings;
  private final String source;

  private Config(Builder b) {
    this.ruleset = b.ruleset;
    this.rules = Map.copyOf(b.rules);
    this.ignores = List.copyOf(b.ignores);
    Map<String, List<String>> p = new LinkedHashMap<>();
    b.patterns.forEach((k, v) -> p.put(k, List.copyOf(v)));
    this.patterns = Map.copyOf(p);
    this.warnings = List.copyOf(b.warnings);
    this.source = b.source;
  }

  public static Config defaults() {
    return builder().build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public Ruleset ruleset() {
    return ruleset;
  }

  public Optional<RuleSetting> setting(String ruleId) {
    return Optional.ofNullable(rules.get(ruleId));
  }

  public Map<String, RuleSetting> ruleSettings() {
    return rules;
  }

  public List<Ignore> ignores() {
    return ignores;
  }

  /** Extra patterns by kind (e.g. {@code leak}, {@code error-fields}, {@code phrases.conflict}). */
  public List<String> patterns(String kind) {
    return patterns.getOrDefault(kind, List.of());
  }

  public Map<String, List<String>> patterns() {
    return patterns;
  }

  /** Things worth telling the user that do not stop the run (e.g. a rule id not implemented yet). */
  public List<String> warnings() {
    return warnings;
  }

  /** The file the configuration came from, or {@code null}. */
  public String source() {
    return source;
  }

  /** Collects settings; validates rule ids against the catalogue as they come. */
  public static final class Builder {
    private Ruleset ruleset = Ruleset.RECOMMENDED;
    private final Map<String, RuleSetting> rules = new LinkedHashMap<>();
    private final List<Ignore> ignores = new ArrayList<>();
    private final Map<String, List<String>> patterns = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private String source;

    public Builder ruleset(Ruleset r) {
      this.ruleset = r;
      return this;
    }

    public Builder rule(String id, RuleSetting setting) {
      rules.put(id, setting);
      return this;
    }

    public Builder off(String id) {
      return rule(id, RuleSetting.OFF);
    }

    public Builder severity(String id, Severity s) {
      return rule(id, RuleSetting.severity(s));
    }

    public Builder ignore(Ignore ignore) {
      ignores.add(ignore);
      return this;
    }

    public Builder pattern(String kind, String pattern) {
      patterns.computeIfAbsent(kind, k -> new ArrayList<>()).add(pattern);
      return this;
    }

    public Builder warning(String w) {
      warnings.add(w);
      return this;
    }

    public Builder source(String s) {
      this.source = s;
      return this;
    }

    public Config build() {
      return new Config(this);
    }
  }
}
