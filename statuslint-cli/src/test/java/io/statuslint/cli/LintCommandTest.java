package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statuslint lint}: exit codes, several inputs, and one line per unreadable spec. */
class LintCommandTest {

  private static final String CREATED_WITHOUT_LOCATION = """
      openapi: 3.0.3
      info: {title: t, version: "1"}
      paths:
        /orders:
          post:
            responses:
              '201': {description: created}
              '400': {description: bad}
      """;

  @TempDir Path dir;
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final ByteArrayOutputStream err = new ByteArrayOutputStream();
  private PrintStream savedOut;
  private PrintStream savedErr;

  @BeforeEach
  void capture() {
    savedOut = System.out;
    savedErr = System.err;
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
  }

  @AfterEach
  void restore() {
    System.setOut(savedOut);
    System.setErr(savedErr);
  }

  private String stdout() {
    return out.toString(StandardCharsets.UTF_8);
  }

  private String stderr() {
    return err.toString(StandardCharsets.UTF_8);
  }

  @Test
  void oneUnreadableSpecIsReportedAndTheOthersAreStillLinted() throws IOException {
    Path good = Files.writeString(dir.resolve("good.yaml"), CREATED_WITHOUT_LOCATION);
    Path broken = Files.writeString(dir.resolve("broken.json"), "{\"openapi\": \"3.0.3\",\n  \"paths\": [}\n");
    int code = Main.run("lint", "--format", "ndjson", broken.toString(), good.toString());
    assertThat(code).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(stdout()).contains("\"rule\":\"created-location\"")
        .contains("\"pointer\":\"/paths/~1orders/post/responses/201\"")
        .contains("\"line\":7");
    assertThat(stderr()).contains(broken + ":2:").contains("not valid JSON").doesNotContain("Exception")
        .doesNotContain("\tat ");
  }

  @Test
  void exitCodesFollowTheFindings() throws IOException {
    Path good = Files.writeString(dir.resolve("good.yaml"), CREATED_WITHOUT_LOCATION);
    assertThat(Main.run("lint", "--format", "json", good.toString())).isEqualTo(ExitCodes.CLEAN);
    assertThat(Main.run("lint", "--fail-on", "warning", "--format", "json", good.toString()))
        .isEqualTo(ExitCodes.FINDINGS);
  }

  @Test
  void theSizeCapIsAnOption() throws IOException {
    Path good = Files.writeString(dir.resolve("good.yaml"), CREATED_WITHOUT_LOCATION);
    assertThat(Main.run("lint", "--max-spec-size", "100", good.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(stderr()).contains("over the 100 bytes limit");
    assertThat(Main.run("lint", "--max-spec-size", "lots", good.toString())).isEqualTo(ExitCodes.BAD_INPUT);
    assertThat(stderr()).contains("not a size");
  }
}
