package io.statuslint.engine;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/** The long explanation of a rule, kept as Markdown next to the rules: {@code rules/docs/<id>.md}. */
public final class RuleDocs {

  private RuleDocs() {}

  public static Optional<String> forRule(String id) {
    if (!id.matches("[a-z0-9-]+")) {
      return Optional.empty();
    }
    try (InputStream in = RuleDocs.class.getResourceAsStream("/io/statuslint/rules/docs/" + id + ".md")) {
      if (in == null) {
        return Optional.empty();
      }
      return Optional.of(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    } catch (IOException e) {
      return Optional.empty();
    }
  }
}
