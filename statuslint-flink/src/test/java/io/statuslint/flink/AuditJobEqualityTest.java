package io.statuslint.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real Flink MiniCluster (two slots, parallelism 2, bound to 127.0.0.1) against
 * {@code statuslint check --format ndjson} on the same generated file: every exchange must get the
 * same finding lines, byte for byte, and the aggregate table must sum them. The file has
 * {@code -Dstatuslint.flink.exchanges} exchanges (100 000 by default; 1 000 000 with -Pflink-1m).
 */
class AuditJobEqualityTest {

  static final int PARALLELISM = 2;

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setConfiguration(LocalFlink.configuration())
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(PARALLELISM)
          .build());

  @TempDir Path tmp;

  @Test
  void findingsEqualCheckExchangeForExchange() throws Exception {
    long exchanges = Long.getLong("statuslint.flink.exchanges", 100_000);
    Path dir = Files.createDirectories(tmp.resolve("logs"));
    Path log = dir.resolve("gateway.ndjson");
    long bytes = new TrafficMix(20260302L).write(log, exchanges);
    AuditSettings settings = AuditSettings.defaults();

    long t0 = System.nanoTime();
    Path expectedFile = tmp.resolve("check.ndjson");
    long read;
    try (BufferedWriter w = Files.newBufferedWriter(expectedFile, StandardCharsets.UTF_8)) {
      read = CheckInProcess.check(List.of(log.toString()), settings, w);
    }
    long t1 = System.nanoTime();

    Path out = tmp.resolve("out");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(PARALLELISM);
    // Fewer files than tasks: the lines are spread, so both tasks run rules on the one file.
    AuditJob.overFiles(env, List.of(log.toString()), settings, out.toString(), true);
    JobExecutionResult result = env.execute("statuslint audit test");
    long t2 = System.nanoTime();
    System.out.printf("equality test: %,d exchanges (%,d MB): check %.1f s, Flink p=%d %.1f s%n",
        exchanges, bytes >> 20, (t1 - t0) / 1e9, PARALLELISM, (t2 - t1) / 1e9);

    assertThat(read).isEqualTo(exchanges);
    assertThat((Long) result.getAccumulatorResult(CheckTraffic.EXCHANGES)).isEqualTo(exchanges);
    assertThat((Integer) result.getAccumulatorResult(CheckTraffic.TASKS)).isEqualTo(PARALLELISM);

    FindingSets expected = FindingSets.read(expectedFile);
    FindingSets actual = FindingSets.read(out.resolve(AuditJob.FINDINGS));
    // The mix trips many rules on a good share of the exchanges, so equality is not vacuous.
    System.out.println("findings by rule: " + expected.rules);
    assertThat(expected.lines).isGreaterThan(exchanges / 5);
    assertThat(expected.rules).hasSizeGreaterThanOrEqualTo(10);
    List<String> differing = FindingSets.differences(expected, actual, 5);
    assertThat(differing)
        .as(() -> "exchanges whose findings differ; check: " + linesOf(expectedFile, differing)
            + "\nflink: " + linesOf(out.resolve(AuditJob.FINDINGS), differing))
        .isEmpty();
    assertThat(actual.lines).isEqualTo(expected.lines);
    assertThat(actual.digestByExchange).isEqualTo(expected.digestByExchange);

    Map<String, String> table = FindingSets.actualAggregates(out.resolve(AuditJob.AGGREGATES));
    assertThat(table).isEqualTo(FindingSets.expectedAggregates(expectedFile, AuditSettings.DEFAULT_EXAMPLES));
    // Ids collapse into templates (numbers, hex digests), so each endpoint is one row per rule and status.
    assertThat(table).containsKeys("rate-limit-retry-after GET /v1/search 429",
        "no-content-body DELETE /v1/orders/{id} 204", "unavailable-retry-after GET /v1/reports/{id} 503");
  }

  private static Map<String, List<String>> linesOf(Path findings, List<String> keys) {
    try {
      return FindingSets.linesOf(findings, keys);
    } catch (java.io.IOException e) {
      return Map.of("<unreadable>", List.of(e.toString()));
    }
  }
}
