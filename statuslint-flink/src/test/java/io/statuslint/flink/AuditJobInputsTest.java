package io.statuslint.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.model.Exchange;
import java.io.BufferedWriter;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Inputs as they come: a directory mixing HAR, gzip and plain NDJSON; bad lines, strict and lenient. */
class AuditJobInputsTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setConfiguration(LocalFlink.configuration())
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2)
          .build());

  @TempDir Path tmp;

  @Test
  void aDirectoryOfHarGzipAndNdjsonFilesGivesWhatCheckGivesOnEachFile() throws Exception {
    Path dir = Files.createDirectories(tmp.resolve("recorded"));
    TrafficMix mix = new TrafficMix(7);
    List<Exchange> browser = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      browser.add(mix.exchange(i));
    }
    HarFiles.write(dir.resolve("browser.har"), browser);
    Path plain = dir.resolve("gw-1.ndjson");
    mix.write(plain, 2_000);
    Path gzipped = dir.resolve("gw-2.ndjson.gz");
    Path raw = tmp.resolve("gw-2.ndjson");
    mix.write(raw, 2_000);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(gzipped))) {
      Files.copy(raw, gz);
    }
    Files.writeString(dir.resolve(".hidden.ndjson"), "not read: Flink skips hidden files");

    Path out = tmp.resolve("out");
    JobExecutionResult result = run(List.of(dir.toString()), AuditSettings.defaults(), out);

    // The names findings carry are the directory as given plus the file's name: the same string
    // `statuslint check recorded/browser.har …` would print for each file.
    List<String> files = List.of(dir + "/browser.har", dir + "/gw-1.ndjson", dir + "/gw-2.ndjson.gz");
    Path expectedFile = tmp.resolve("check.ndjson");
    long exchanges;
    try (BufferedWriter w = Files.newBufferedWriter(expectedFile, StandardCharsets.UTF_8)) {
      exchanges = CheckInProcess.check(files, AuditSettings.defaults(), w);
    }
    FindingSets expected = FindingSets.read(expectedFile);
    FindingSets actual = FindingSets.read(out.resolve(AuditJob.FINDINGS));

    assertThat(exchanges).isEqualTo(4_300);
    assertThat((Long) result.getAccumulatorResult(CheckTraffic.EXCHANGES)).isEqualTo(exchanges);
    assertThat(expected.digestByExchange.keySet()).anyMatch(k -> k.startsWith(dir + "/browser.har #"))
        .anyMatch(k -> k.startsWith(dir + "/gw-2.ndjson.gz #"));
    assertThat(FindingSets.differences(expected, actual, 5)).isEmpty();
    assertThat(actual.digestByExchange).isEqualTo(expected.digestByExchange);
    assertThat(FindingSets.actualAggregates(out.resolve(AuditJob.AGGREGATES)))
        .isEqualTo(FindingSets.expectedAggregates(expectedFile, 3));
  }

  @Test
  void aBadLineFailsTheJobWithItsPlaceUnlessLenient() throws Exception {
    Path log = tmp.resolve("gw.ndjson");
    new TrafficMix(11).write(log, 50);
    List<String> lines = new ArrayList<>(Files.readAllLines(log));
    lines.add(20, "{\"v\":1,\"request\":{\"method\":\"GET\"}}");
    Files.write(log, lines);

    assertThatThrownBy(() -> run(List.of(log.toString()), AuditSettings.defaults(), tmp.resolve("strict")))
        .satisfies(e -> assertThat(Main.describe(e)).isEqualTo(log + ":21: entry 20: missing request.url"));

    AuditSettings lenient = new AuditSettings(null, null, null, true, 3);
    JobExecutionResult result = run(List.of(log.toString()), lenient, tmp.resolve("lenient"));
    assertThat((Long) result.getAccumulatorResult(CheckTraffic.SKIPPED_LINES)).isEqualTo(1);
    assertThat((Long) result.getAccumulatorResult(CheckTraffic.EXCHANGES)).isEqualTo(50);
  }

  @Test
  void aConfigurationTravelsToEveryTask() throws Exception {
    Path log = tmp.resolve("gw.ndjson");
    new TrafficMix(3).write(log, 3_000);
    String yaml = "rules:\n  created-location: off\n  rate-limit-retry-after: info\n";
    AuditSettings settings = new AuditSettings(yaml, ".statuslint.yaml", null, false, 1);

    Path out = tmp.resolve("out");
    run(List.of(log.toString()), settings, out);

    FindingSets actual = FindingSets.read(out.resolve(AuditJob.FINDINGS));
    Path expectedFile = tmp.resolve("check.ndjson");
    try (BufferedWriter w = Files.newBufferedWriter(expectedFile, StandardCharsets.UTF_8)) {
      CheckInProcess.check(List.of(log.toString()), settings, w);
    }
    assertThat(actual.rules).doesNotContainKey("created-location").containsKey("rate-limit-retry-after");
    assertThat(actual.digestByExchange).isEqualTo(FindingSets.read(expectedFile).digestByExchange);
    assertThat(FindingSets.actualAggregates(out.resolve(AuditJob.AGGREGATES)))
        .isEqualTo(FindingSets.expectedAggregates(expectedFile, 1));
  }

  private static JobExecutionResult run(List<String> inputs, AuditSettings settings, Path out) throws Exception {
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(2);
    AuditJob.overFiles(env, inputs, settings, out.toString(), true);
    return env.execute("statuslint audit test");
  }
}
