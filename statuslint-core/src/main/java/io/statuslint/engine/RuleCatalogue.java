package io.statuslint.engine;

import io.statuslint.rule.Severity;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Every rule id of the published catalogue (RULES.md), implemented or not. Ids are a public
 * contract: a configuration may name a rule that a later version implements, and that must not
 * break the build; an id that is nowhere is a typo and must.
 */
public final class RuleCatalogue {

  /** One catalogue row. {@code surfaces} holds T, S and/or P (probe). */
  public record Entry(String id, Severity severity, String surfaces) {}

  private static final Map<String, Entry> ENTRIES = load();

  private RuleCatalogue() {}

  public static Map<String, Entry> entries() {
    return ENTRIES;
  }

  public static boolean contains(String id) {
    return ENTRIES.containsKey(id);
  }

  private static Map<String, Entry> load() {
    Map<String, Entry> m = new LinkedHashMap<>();
    try (InputStream in = RuleCatalogue.class.getResourceAsStream("catalogue.tsv");
        BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        String[] c = line.split("\t");
        m.put(c[0], new Entry(c[0], Severity.parse(c[1]), c[2]));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return Collections.unmodifiableMap(m);
  }
}
