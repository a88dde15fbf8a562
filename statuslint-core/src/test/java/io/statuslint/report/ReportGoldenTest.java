package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Each reporter's output for the fixed run of {@link ReportFixtures}, compared with a golden file in
 * {@code src/test/resources/io/statuslint/report/golden/}.
 *
 * <p>After an intended change of a report, regenerate the files and review the diff:
 * {@code mvn -q -B -o -pl statuslint-core test -Dtest=ReportGoldenTest -Dstatuslint.updateGolden=true}.
 */
class ReportGoldenTest {

  private static final Path GOLDEN = Path.of("src/test/resources/io/statuslint/report/golden");

  @ParameterizedTest(name = "{0}")
  @CsvSource({
      "sarif, report.sarif",
      "junit, report.junit.xml",
      "github, report.github.txt",
      "markdown, report.md",
      "html, report.html",
  })
  void matchesGoldenFile(String format, String file) throws IOException {
    String actual = ReportFixtures.render(format).replace(System.lineSeparator(), "\n");
    Path golden = GOLDEN.resolve(file);
    if (Boolean.getBoolean("statuslint.updateGolden")) {
      Files.createDirectories(GOLDEN);
      Files.writeString(golden, actual, StandardCharsets.UTF_8);
    }
    assertThat(golden).as("golden file %s (regenerate with -Dstatuslint.updateGolden=true)", golden).exists();
    assertThat(actual).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
