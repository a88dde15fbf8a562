package io.statuslint.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.statuslint.rule.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads {@code .statuslint.yaml}:
 *
 * <pre>
 * extends: recommended          # or: all
 * rules:
 *   unavailable-retry-after: off
 *   created-location: error
 * ignore:
 *   - path: /internal/**
 *     method: GET               # optional
 *     rules: [status-unregistered]   # optional: all rules when left out
 * patterns:                     # see ConfiguredPatterns
 *   leak.sql: ["\\bFDB error \\d{4}\\b"]
 *   error-fields: [fault]
 *   phrases.conflict: ["clashes with the ledger"]
 * </pre>
 */
public final class ConfigLoader {

  public static final List<String> FILE_NAMES = List.of(".statuslint.yaml", ".statuslint.yml");
  private static final Set<String> TOP_LEVEL = Set.of("extends", "rules", "ignore", "patterns");

  private ConfigLoader() {}

  /** The nearest configuration file in {@code start}'s directory or above it. */
  public static Optional<Path> discover(Path start) {
    Path dir = start.toAbsolutePath().normalize();
    if (!Files.isDirectory(dir)) {
      dir = dir.getParent();
    }
    while (dir != null) {
      for (String name : FILE_NAMES) {
        Path candidate = dir.resolve(name);
        if (Files.isRegularFile(candidate)) {
          return Optional.of(candidate);
        }
      }
      dir = dir.getParent();
    }
    return Optional.empty();
  }

  public static Config load(Path file) {
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new ConfigException(file + ": cannot read configuration: " + e.getMessage());
    }
    return parse(text, file.toString());
  }

  public static Config parse(String yaml, String source) {
    JsonNode root;
    try {
      root = new ObjectMapper(new YAMLFactory()).readTree(yaml);
    } catch (JsonProcessingException e) {
      long line = e.getLocation() == null ? -1 : e.getLocation().getLineNr();
      throw new ConfigException(source + (line > 0 ? ":" + line : "") + ": not valid YAML: "
          + oneLine(e.getOriginalMessage()));
    }
    Config.Builder b = Config.builder().source(source);
    if (root == null || root.isNull() || root.isMissingNode()) {
      return b.build();
    }
    if (!root.isObject()) {
      throw new ConfigException(source + ": the configuration must be a mapping");
    }
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      if (!TOP_LEVEL.contains(key)) {
        throw new ConfigException(source + ": unknown key '" + key + "' (expected one of " + TOP_LEVEL + ")");
      }
    }
    if (root.hasNonNull("extends")) {
      b.ruleset(Config.Ruleset.parse(root.get("extends").asText()));
    }
    readRules(root.get("rules"), b, source);
    readIgnores(root.get("ignore"), b, source);
    readPatterns(root.get("patterns"), b, source);
    return b.build();
  }

  private static void readRules(JsonNode rules, Config.Builder b, String source) {
    if (rules == null || rules.isNull()) {
      return;
    }
    if (!rules.isObject()) {
      throw new ConfigException(source + ": 'rules' must map rule ids to off, error, warning or info");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = rules.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      JsonNode v = e.getValue();
      // YAML 1.1 reads a bare `off` as the boolean false.
      String value = v.isBoolean() ? (v.asBoolean() ? "on" : "off") : v.asText();
      if (value.equalsIgnoreCase("off")) {
        b.off(e.getKey());
      } else if (value.equalsIgnoreCase("on")) {
        continue;
      } else {
        try {
          b.severity(e.getKey(), Severity.parse(value));
        } catch (IllegalArgumentException bad) {
          throw new ConfigException(source + ": rule " + e.getKey() + ": " + bad.getMessage());
        }
      }
    }
  }

  private static void readIgnores(JsonNode ignore, Config.Builder b, String source) {
    if (ignore == null || ignore.isNull()) {
      return;
    }
    if (!ignore.isArray()) {
      throw new ConfigException(source + ": 'ignore' must be a list of {path, method, rules}");
    }
    for (JsonNode item : ignore) {
      if (item.isTextual()) {
        b.ignore(new Config.Ignore(null, item.asText(), List.of()));
        continue;
      }
      List<String> ids = new ArrayList<>();
      JsonNode rules = item.get("rules");
      if (rules != null && rules.isArray()) {
        rules.forEach(r -> ids.add(r.asText()));
      } else if (rules != null && rules.isTextual()) {
        ids.add(rules.asText());
      }
      b.ignore(new Config.Ignore(text(item, "method"), text(item, "path"), ids));
    }
  }

  private static void readPatterns(JsonNode patterns, Config.Builder b, String source) {
    if (patterns == null || patterns.isNull()) {
      return;
    }
    if (!patterns.isObject()) {
      throw new ConfigException(source + ": 'patterns' must map a kind to a list of patterns");
    }
    for (Iterator<Map.Entry<String, JsonNode>> it = patterns.fields(); it.hasNext(); ) {
      Map.Entry<String, JsonNode> e = it.next();
      List<String> values = new ArrayList<>();
      if (e.getValue().isArray()) {
        e.getValue().forEach(p -> values.add(p.asText()));
      } else {
        values.add(e.getValue().asText());
      }
      // A bad regular expression or an unknown kind stops the run here, naming the file and the key.
      ConfiguredPatterns.check(source, e.getKey(), values);
      values.forEach(p -> b.pattern(e.getKey(), p));
    }
  }

  /** SnakeYAML's messages span lines with a caret drawing; keep the sentences only. */
  static String oneLine(String message) {
    StringBuilder sb = new StringBuilder();
    for (String line : message.split("\\R")) {
      if (line.isBlank() || Character.isWhitespace(line.charAt(0)) || line.startsWith(" in ")) {
        continue;
      }
      sb.append(sb.length() > 0 ? "; " : "").append(line.trim());
    }
    return sb.toString();
  }

  private static String text(JsonNode node, String field) {
    JsonNode v = node.get(field);
    return v == null || v.isNull() ? null : v.asText();
  }
}
