package io.statuslint.flink;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.model.EndpointTemplates;
import java.io.BufferedWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * Streaming mode as it runs on a Kafka topic, with a bounded stand-in for the topic (no broker here):
 * records with event timestamps, checkpoints committing the files, a table per one-minute window.
 */
class StreamingAuditTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setConfiguration(LocalFlink.configuration())
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(2)
          .build());

  private static final long SECONDS_PER_LINE = 20;

  @TempDir Path tmp;

  @Test
  void findingsMatchCheckAndTheTableIsCutIntoEventTimeWindows() throws Exception {
    Path log = tmp.resolve("topic.ndjson");
    new TrafficMix(5).write(log, 1_000);
    List<TrafficRecord> records = new ArrayList<>();
    List<String> lines = Files.readAllLines(log, StandardCharsets.UTF_8);
    KafkaTraffic.ExchangeLines fromKafka = new KafkaTraffic.ExchangeLines();
    for (int i = 0; i < lines.size(); i++) {
      // What a consumer would hand over: one record per line (blank ones are dropped).
      ConsumerRecord<byte[], byte[]> r = new ConsumerRecord<>("gateway", 0, i, null,
          (lines.get(i) + "\n").getBytes(StandardCharsets.UTF_8));
      fromKafka.deserialize(r, new Collector<>() {
        @Override
        public void collect(TrafficRecord record) {
          records.add(record);
        }

        @Override
        public void close() {}
      });
    }
    assertThat(records).allSatisfy(r -> assertThat(r.file).isEqualTo("gateway-0"));

    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setRuntimeMode(RuntimeExecutionMode.STREAMING);
    env.setParallelism(2);
    env.enableCheckpointing(200);
    DataStream<TrafficRecord> topic = env.fromData(records, TypeInformation.of(TrafficRecord.class))
        .assignTimestampsAndWatermarks(WatermarkStrategy.<TrafficRecord>forMonotonousTimestamps()
            .withTimestampAssigner((r, previous) -> r.entry * SECONDS_PER_LINE * 1000));
    Path out = tmp.resolve("out");
    AuditJob.overStream(topic, AuditSettings.defaults(), out.toString(), Duration.ofMinutes(1));
    env.execute("statuslint stream test");

    // The same findings as check on the topic's lines (the record's partition names the "file").
    Path logAsTopic = tmp.resolve("gateway-0");
    Files.copy(log, logAsTopic);
    Path expectedFile = tmp.resolve("check.ndjson");
    try (BufferedWriter w = Files.newBufferedWriter(expectedFile, StandardCharsets.UTF_8)) {
      CheckInProcess.check(List.of(logAsTopic.toString()), AuditSettings.defaults(), w);
    }
    String expected = Files.readString(expectedFile).replace(logAsTopic.toString(), "gateway-0");
    Files.writeString(expectedFile, expected);
    assertThat(FindingSets.read(out.resolve(AuditJob.FINDINGS)).digestByExchange)
        .isEqualTo(FindingSets.read(expectedFile).digestByExchange);

    Map<String, Long> perWindow = new HashMap<>();
    for (Path p : FindingSets.files(out.resolve(AuditJob.AGGREGATES))) {
      for (String line : Files.readAllLines(p)) {
        FindingAggregate a = AggregateJson.read(line);
        assertThat(a.windowEnd - a.windowStart).isEqualTo(60_000);
        perWindow.merge(a.rule + " " + a.endpoint + " " + a.status + " @" + a.windowStart, a.count, Long::sum);
      }
    }
    assertThat(perWindow).isEqualTo(expectedPerWindow(expectedFile));
    assertThat(perWindow.keySet().stream().map(k -> k.substring(k.indexOf('@'))).distinct().count())
        .isGreaterThan(100); // 1 000 lines at 20 s each span about 333 one-minute windows
  }

  private static Map<String, Long> expectedPerWindow(Path findings) throws Exception {
    ObjectMapper json = new ObjectMapper();
    EndpointTemplates templates = EndpointTemplates.heuristic();
    Map<String, Long> table = new HashMap<>();
    for (String line : Files.readAllLines(findings)) {
      JsonNode f = json.readTree(line);
      JsonNode l = f.path("location");
      long ts = l.path("entry").asLong() * SECONDS_PER_LINE * 1000;
      String key = f.path("rule").asText() + " " + templates.template(l.path("method").asText(), l.path("url").asText())
          + " " + l.path("status").asInt() + " @" + (ts - ts % 60_000);
      table.merge(key, 1L, Long::sum);
    }
    return table;
  }
}
