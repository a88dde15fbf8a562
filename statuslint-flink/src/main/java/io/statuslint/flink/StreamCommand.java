package io.statuslint.flink;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code statuslint-flink stream --topic T …}: a streaming job over a Kafka topic of NDJSON lines. */
@Command(name = "stream", mixinStandardHelpOptions = true,
    description = {"Follow a Kafka topic of NDJSON exchange lines (one exchange per record) in streaming mode.",
        "Findings and per-window aggregate rows are committed to the output directory at each checkpoint."})
final class StreamCommand implements Callable<Integer> {

  @Option(names = "--bootstrap-servers", required = true, paramLabel = "HOST:PORT,…")
  String bootstrapServers;

  @Option(names = "--topic", required = true, paramLabel = "TOPIC", description = "Topic to read (repeatable).")
  List<String> topics;

  @Option(names = "--group-id", defaultValue = "statuslint-flink", paramLabel = "ID")
  String groupId;

  @Option(names = "--starting-offsets", defaultValue = "committed", paramLabel = "WHERE",
      description = "earliest, latest or committed (the group's offsets, else earliest). Default: ${DEFAULT-VALUE}.")
  KafkaTraffic.Start start;

  @Option(names = "--kafka-property", paramLabel = "KEY=VALUE", description = "A Kafka consumer property (repeatable).")
  Map<String, String> kafkaProperties = new LinkedHashMap<>();

  @Option(names = "--window", defaultValue = "5m", paramLabel = "DURATION",
      description = "Tumbling event-time window of the aggregate table (default: ${DEFAULT-VALUE}).")
  Duration window;

  @Option(names = "--out-of-orderness", defaultValue = "30s", paramLabel = "DURATION",
      description = "How late a record may arrive and still count in its window (default: ${DEFAULT-VALUE}).")
  Duration outOfOrderness;

  @Option(names = "--checkpoint-interval", defaultValue = "1m", paramLabel = "DURATION",
      description = "Checkpoints commit the output files and the Kafka offsets (default: ${DEFAULT-VALUE}).")
  Duration checkpointInterval;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", required = true, description = "Output directory.")
  String out;

  @Mixin RuleOptions rules;
  @Mixin FlinkOptions flink;

  @Override
  public Integer call() throws Exception {
    AuditSettings settings = rules.settings(List.of());
    var env = flink.environment();
    env.enableCheckpointing(checkpointInterval.toMillis());
    Properties props = new Properties();
    props.putAll(kafkaProperties);
    AuditJob.overStream(KafkaTraffic.source(env, bootstrapServers, topics, groupId, start, props, outOfOrderness),
        settings, out, window);
    env.execute("statuslint stream " + String.join(",", topics));
    return 0;
  }
}
