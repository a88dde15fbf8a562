package io.statuslint.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.flink.runtime.testutils.MiniClusterResourceConfiguration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.test.junit5.MiniClusterExtension;
import org.apache.flink.util.Collector;
import org.apache.flink.util.ExceptionUtils;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Kafka side without a broker (none runs here): records become lines as the job expects them, and
 * the connector — built for Flink 2.2 — loads, links and runs its enumerator on this Flink, failing
 * only because nothing listens at the address.
 */
class KafkaTrafficTest {

  @RegisterExtension
  static final MiniClusterExtension FLINK = new MiniClusterExtension(
      new MiniClusterResourceConfiguration.Builder()
          .setConfiguration(LocalFlink.configuration())
          .setNumberTaskManagers(1)
          .setNumberSlotsPerTaskManager(1)
          .build());

  @TempDir Path tmp;

  @Test
  void aRecordIsOneLineNamedByTopicPartitionAndOffset() {
    List<TrafficRecord> out = new ArrayList<>();
    Collector<TrafficRecord> collect = new Collector<>() {
      @Override
      public void collect(TrafficRecord r) {
        out.add(r);
      }

      @Override
      public void close() {}
    };
    KafkaTraffic.ExchangeLines lines = new KafkaTraffic.ExchangeLines();
    lines.deserialize(new ConsumerRecord<>("gateway", 3, 41, null, "{\"v\":1}\r\n".getBytes(StandardCharsets.UTF_8)), collect);
    lines.deserialize(new ConsumerRecord<>("gateway", 3, 42, null, null), collect); // a tombstone
    lines.deserialize(new ConsumerRecord<>("gateway", 3, 43, null, " \n".getBytes(StandardCharsets.UTF_8)), collect);

    assertThat(out).hasSize(1);
    assertThat(out.get(0).file).isEqualTo("gateway-3");
    assertThat(out.get(0).entry).isEqualTo(41);
    assertThat(new String(out.get(0).payload, StandardCharsets.UTF_8)).isEqualTo("{\"v\":1}");
  }

  @Test
  void theConnectorRunsOnThisFlinkUntilItFindsNoBroker() throws Exception {
    int closedPort;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      closedPort = s.getLocalPort();
    }
    Properties props = new Properties();
    props.setProperty("default.api.timeout.ms", "1500");
    props.setProperty("request.timeout.ms", "1000");
    props.setProperty("socket.connection.setup.timeout.ms", "200");
    props.setProperty("socket.connection.setup.timeout.max.ms", "400");
    StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
    env.setParallelism(1);
    AuditJob.overStream(KafkaTraffic.source(env, "127.0.0.1:" + closedPort, List.of("gateway"), "statuslint-test",
        KafkaTraffic.Start.EARLIEST, props, Duration.ofSeconds(5)), AuditSettings.defaults(),
        tmp.resolve("out").toString(), Duration.ofMinutes(1));

    Throwable failure = catchThrowable(() -> env.execute("kafka smoke test"));

    assertThat(failure).isNotNull();
    assertThat(ExceptionUtils.findThrowable(failure, LinkageError.class)).isEmpty();
    assertThat(ExceptionUtils.findThrowable(failure, org.apache.kafka.common.KafkaException.class))
        .as("the enumerator asked Kafka and timed out: %s", failure).isPresent();
  }
}
