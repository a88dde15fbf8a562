package io.statuslint.maven;

import java.util.Map;

/** The file each report format is written to, under the output directory. */
final class ReportFiles {

  private static final Map<String, String> NAMES = Map.of(
      "text", "statuslint.txt",
      "json", "statuslint.json",
      "ndjson", "statuslint.ndjson",
      "sarif", "statuslint.sarif",
      "junit", "TEST-statuslint.xml",
      "github", "statuslint.github.txt",
      "markdown", "statuslint.md",
      "html", "statuslint.html");

  private ReportFiles() {}

  static String fileName(String format) {
    return NAMES.getOrDefault(format, "statuslint." + format);
  }
}
