package io.statuslint.flink;

import java.time.Duration;
import java.util.List;
import java.util.Properties;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;

/**
 * A Kafka topic of NDJSON exchange lines (one exchange per record, as a gateway's log shipper
 * publishes them) as a stream of {@link TrafficRecord}s. The only class that touches the Kafka
 * connector, which is an optional dependency: batch audits never load it.
 *
 * <p>Findings name a record by its topic-partition and offset ({@code "file":"gateway-3"},
 * {@code "entry":1234567}), and by the line's {@code id} when it has one. Event time is the record's
 * Kafka timestamp, so windows of the aggregate table follow when the gateway logged the exchange.
 */
final class KafkaTraffic {

  private KafkaTraffic() {}

  /** Where reading starts when the consumer group has no committed offset yet. */
  enum Start { EARLIEST, LATEST, COMMITTED }

  static DataStream<TrafficRecord> source(StreamExecutionEnvironment env, String bootstrapServers, List<String> topics,
      String groupId, Start start, Properties extra, Duration outOfOrderness) {
    KafkaSource<TrafficRecord> source = KafkaSource.<TrafficRecord>builder()
        .setBootstrapServers(bootstrapServers)
        .setTopics(topics)
        .setGroupId(groupId)
        .setStartingOffsets(offsets(start))
        .setDeserializer(new ExchangeLines())
        .setProperties(extra)
        .build();
    WatermarkStrategy<TrafficRecord> time = WatermarkStrategy.<TrafficRecord>forBoundedOutOfOrderness(outOfOrderness)
        // A quiet partition must not hold back every window.
        .withIdleness(Duration.ofMinutes(1));
    return env.fromSource(source, time, "kafka " + String.join(",", topics)).uid("kafka-traffic");
  }

  private static OffsetsInitializer offsets(Start start) {
    switch (start) {
      case LATEST:
        return OffsetsInitializer.latest();
      case COMMITTED:
        return OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST);
      default:
        return OffsetsInitializer.earliest();
    }
  }

  /** One record's value is one NDJSON line; empty values (tombstones, keep-alives) are skipped. */
  static final class ExchangeLines implements KafkaRecordDeserializationSchema<TrafficRecord> {
    private static final long serialVersionUID = 1L;

    @Override
    public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<TrafficRecord> out) {
      byte[] value = record.value();
      if (value == null || isBlank(value)) {
        return;
      }
      out.collect(TrafficRecord.line(record.topic() + "-" + record.partition(), record.offset(), trimLineEnd(value)));
    }

    @Override
    public TypeInformation<TrafficRecord> getProducedType() {
      return TypeInformation.of(TrafficRecord.class);
    }

    private static boolean isBlank(byte[] b) {
      for (byte x : b) {
        if (x != ' ' && x != '\t' && x != '\r' && x != '\n') {
          return false;
        }
      }
      return true;
    }

    /** Shippers often keep the log line's own line break; the parser wants the line alone. */
    private static byte[] trimLineEnd(byte[] b) {
      int n = b.length;
      while (n > 0 && (b[n - 1] == '\n' || b[n - 1] == '\r')) {
        n--;
      }
      return n == b.length ? b : java.util.Arrays.copyOf(b, n);
    }
  }
}
