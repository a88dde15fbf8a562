package io.statuslint.report;

import java.io.Writer;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The output formats by name ({@code --format NAME}). One entry per reporter class; adding a format
 * is adding a line here.
 */
public final class ReportFormats {

  private static final Map<String, Function<Writer, Reporter>> FORMATS = new LinkedHashMap<>();

  static {
    FORMATS.put("text", TextReporter::new);
    FORMATS.put("json", JsonReporter::new);
    FORMATS.put("ndjson", NdjsonReporter::new);
    FORMATS.put("sarif", SarifReporter::new);
    FORMATS.put("junit", JunitReporter::new);
    FORMATS.put("github", GithubActionsReporter::new);
    FORMATS.put("markdown", MarkdownReporter::new);
    FORMATS.put("html", HtmlReporter::new);
  }

  private ReportFormats() {}

  public static Set<String> names() {
    return FORMATS.keySet();
  }

  public static boolean exists(String name) {
    return FORMATS.containsKey(name);
  }

  public static Reporter create(String name, Writer out) {
    Function<Writer, Reporter> f = FORMATS.get(name);
    if (f == null) {
      throw new IllegalArgumentException("unknown format '" + name + "' (expected one of " + names() + ")");
    }
    return f.apply(out);
  }
}
