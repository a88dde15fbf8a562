package io.statuslint.openapi.walk;

import io.statuslint.engine.RuleCatalogue;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import java.util.Set;

/**
 * Reads {@code x-statuslint-ignore: [rule-id, …]} (or a single id) from operations, path items and
 * responses, including the one written next to a {@code $ref} and the one on the referenced component.
 */
final class IgnoreList {

  static final String KEY = "x-statuslint-ignore";

  private IgnoreList() {}

  /** Adds the ids {@code holder} lists to {@code into}; warns about ids that name no rule. */
  static void read(SpecRun run, SpecDocument doc, SpecObject holder, Set<String> out) {
    if (holder == null) {
      return;
    }
    int at = holder.indexOf(KEY);
    if (at < 0) {
      return;
    }
    Object v = holder.value(at);
    if (v instanceof String s) {
      add(run, doc, holder, at, s, out);
    } else if (v instanceof SpecArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof String s) {
          add(run, doc, holder, at, s, out);
        }
      }
    } else if (v != null) {
      run.warn(doc.name(), holder.keyLine(at), holder.keyColumn(at),
          KEY + " must be a list of rule ids; this one is ignored");
    }
  }

  private static void add(SpecRun run, SpecDocument doc, SpecObject holder, int at, String id, Set<String> out) {
    String trimmed = id.trim();
    if (!RuleCatalogue.contains(trimmed)) {
      run.warn(doc.name(), holder.keyLine(at), holder.keyColumn(at),
          KEY + " names '" + trimmed + "', which is no statuslint rule (see `statuslint rules`)");
    }
    out.add(trimmed);
  }
}
