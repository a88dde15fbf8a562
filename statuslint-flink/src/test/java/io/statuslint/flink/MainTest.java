package io.statuslint.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The local runner as a person runs it: {@code statuslint-flink audit FILES --parallelism 2}. */
class MainTest {

  @TempDir Path tmp;

  @Test
  void auditRunsFlinkInProcessAndWritesOneFindingsFileAndTheTable() throws Exception {
    Path log = tmp.resolve("gw.ndjson");
    new TrafficMix(9).write(log, 5_000);
    Path out = tmp.resolve("report");
    Files.createDirectories(out.resolve("findings"));
    Files.writeString(out.resolve("findings/stale-part.ndjson"), "{\"from\":\"an earlier run\"}\n");

    int code = Main.run("audit", log.toString(), "--parallelism", "2", "--out", out.toString());

    assertThat(code).isEqualTo(1); // error findings, --fail-on error
    assertThat(out.resolve("findings")).doesNotExist();
    Path expectedFile = tmp.resolve("check.ndjson");
    try (BufferedWriter w = Files.newBufferedWriter(expectedFile, StandardCharsets.UTF_8)) {
      CheckInProcess.check(List.of(log.toString()), AuditSettings.defaults(), w);
    }
    assertThat(FindingSets.read(out.resolve("findings.ndjson")).digestByExchange)
        .isEqualTo(FindingSets.read(expectedFile).digestByExchange);
    assertThat(FindingSets.actualAggregates(out.resolve("aggregates.ndjson")))
        .isEqualTo(FindingSets.expectedAggregates(expectedFile, 3));
  }

  @Test
  void failOnNeverExitsZeroAndAnUnreadableInputExitsTwo() throws Exception {
    Path log = tmp.resolve("gw.ndjson");
    new TrafficMix(9).write(log, 200);

    assertThat(Main.run("audit", log.toString(), "-p", "1", "-o", tmp.resolve("a").toString(), "--fail-on", "never"))
        .isEqualTo(0);
    Path notTraffic = tmp.resolve("notes.txt");
    Files.writeString(notTraffic, "just some notes\n");
    assertThat(Main.run("audit", notTraffic.toString(), "-p", "1", "-o", tmp.resolve("b").toString())).isEqualTo(2);
  }

  @Test
  void badUsageExitsTwoWithoutStartingFlink() {
    assertThat(Main.run("audit")).isEqualTo(2);
    assertThat(Main.run("audit", "x.ndjson", "--fail-on", "sometimes")).isEqualTo(2);
    assertThat(Main.run("stream", "--topic", "t")).isEqualTo(2);
  }

  @Test
  void durationsReadTheWayPeopleWriteThem() {
    assertThat(Main.duration("30s")).isEqualTo(Duration.ofSeconds(30));
    assertThat(Main.duration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(Main.duration("1h")).isEqualTo(Duration.ofHours(1));
    assertThat(Main.duration("250ms")).isEqualTo(Duration.ofMillis(250));
    assertThat(Main.duration("PT2M")).isEqualTo(Duration.ofMinutes(2));
  }
}
