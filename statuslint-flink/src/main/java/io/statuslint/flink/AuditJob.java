package io.statuslint.flink;

import java.time.Duration;
import java.util.List;
import org.apache.flink.api.common.RuntimeExecutionMode;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.functions.MapFunction;
import org.apache.flink.api.common.functions.ReduceFunction;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.java.functions.KeySelector;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.KeyedStream;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.OutputFileConfig;
import org.apache.flink.streaming.api.functions.sink.filesystem.bucketassigners.BasePathBucketAssigner;
import org.apache.flink.streaming.api.functions.windowing.ProcessWindowFunction;
import org.apache.flink.streaming.api.windowing.assigners.TumblingEventTimeWindows;
import org.apache.flink.streaming.api.windowing.windows.TimeWindow;
import org.apache.flink.util.Collector;

/**
 * The statuslint job graph:
 * <pre>
 * traffic source ──(rebalance, when files are fewer than tasks)──▶ rules (CheckTraffic)
 *     ├─▶ finding lines ─▶ OUT/findings/*.ndjson          (the NDJSON of check --format ndjson)
 *     └─▶ keyBy(rule, endpoint template, status) ─▶ sum + first examples
 *                                                  ─▶ OUT/aggregates/*.ndjson
 * </pre>
 * In batch mode the sum is one row per key at the end of the input; in streaming mode it is one row
 * per key and event-time window.
 */
public final class AuditJob {

  /** Sub-directory of the output that holds the findings. */
  public static final String FINDINGS = "findings";
  /** Sub-directory of the output that holds the aggregate table. */
  public static final String AGGREGATES = "aggregates";

  private AuditJob() {}

  /**
   * Batch job over recorded traffic files (NDJSON logs or HAR files, gzip or not; files or
   * directories) on any file system Flink can read.
   *
   * @param spreadLines redistribute lines over all tasks; worth it when there are fewer files than
   *     tasks, otherwise each task checks the files it reads without shipping them
   */
  public static void overFiles(StreamExecutionEnvironment env, List<String> inputs, AuditSettings settings,
      String out, boolean spreadLines) {
    env.setRuntimeMode(RuntimeExecutionMode.BATCH);
    Path[] paths = inputs.stream().map(Path::new).toArray(Path[]::new);
    FileSource<TrafficRecord> source = FileSource
        .forBulkFileFormat(new TrafficFileFormat(new InputNames(inputs), settings.lenient()), paths)
        .build();
    DataStream<TrafficRecord> traffic =
        env.fromSource(source, WatermarkStrategy.noWatermarks(), "traffic files").uid("traffic-files");
    judge(spreadLines ? traffic.rebalance() : traffic, settings, out, null);
  }

  /**
   * Streaming job over NDJSON lines whose records carry event timestamps (a Kafka topic); the
   * aggregate table is cut into tumbling event-time windows of {@code window}.
   */
  public static void overStream(DataStream<TrafficRecord> traffic, AuditSettings settings, String out,
      Duration window) {
    judge(traffic, settings, out, window);
  }

  private static void judge(DataStream<TrafficRecord> traffic, AuditSettings settings, String out,
      Duration window) {
    // No function here keeps a record after returning, so chained operators may pass records on
    // without Flink's defensive copy (a deep copy of every line and finding, twice at the fork).
    traffic.getExecutionEnvironment().getConfig().enableObjectReuse();
    DataStream<FindingRow> findings = traffic.flatMap(new CheckTraffic(settings)).name("rules").uid("rules");
    findings.map(new FindingLine()).name("finding lines")
        .sinkTo(lineFiles(out, FINDINGS)).name("findings").uid("findings-sink");
    KeyedStream<FindingAggregate, String> byKey =
        findings.map(new StartAggregate(settings.maxExamples())).name("aggregate seeds").keyBy(new AggregateKey());
    Merge merge = new Merge(settings.maxExamples());
    DataStream<FindingAggregate> table = window == null
        ? byKey.reduce(merge).name("aggregate").uid("aggregate")
        : byKey.window(TumblingEventTimeWindows.of(window)).reduce(merge, new StampWindow())
            .name("aggregate per window").uid("aggregate");
    table.map(new AggregateLine()).name("aggregate lines")
        .sinkTo(lineFiles(out, AGGREGATES)).name("aggregates").uid("aggregates-sink");
  }

  private static FileSink<String> lineFiles(String out, String name) {
    return FileSink.forRowFormat(new Path(out, name), new SimpleStringEncoder<String>("UTF-8"))
        .withBucketAssigner(new BasePathBucketAssigner<>())
        .withOutputFileConfig(new OutputFileConfig(name, ".ndjson"))
        .build();
  }

  private static final class FindingLine implements MapFunction<FindingRow, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String map(FindingRow row) {
      return row.json;
    }
  }

  private static final class StartAggregate implements MapFunction<FindingRow, FindingAggregate> {
    private static final long serialVersionUID = 1L;
    private final int maxExamples;

    StartAggregate(int maxExamples) {
      this.maxExamples = maxExamples;
    }

    @Override
    public FindingAggregate map(FindingRow row) {
      return FindingAggregate.of(row, maxExamples);
    }
  }

  private static final class AggregateKey implements KeySelector<FindingAggregate, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String getKey(FindingAggregate a) {
      return a.key();
    }
  }

  private static final class Merge implements ReduceFunction<FindingAggregate> {
    private static final long serialVersionUID = 1L;
    private final int maxExamples;

    Merge(int maxExamples) {
      this.maxExamples = maxExamples;
    }

    @Override
    public FindingAggregate reduce(FindingAggregate a, FindingAggregate b) {
      return FindingAggregate.merge(a, b, maxExamples);
    }
  }

  private static final class StampWindow
      extends ProcessWindowFunction<FindingAggregate, FindingAggregate, String, TimeWindow> {
    private static final long serialVersionUID = 1L;

    @Override
    public void process(String key, Context context, Iterable<FindingAggregate> sums,
        Collector<FindingAggregate> out) {
      for (FindingAggregate a : sums) {
        a.windowStart = context.window().getStart();
        a.windowEnd = context.window().getEnd();
        out.collect(a);
      }
    }
  }

  private static final class AggregateLine implements MapFunction<FindingAggregate, String> {
    private static final long serialVersionUID = 1L;

    @Override
    public String map(FindingAggregate a) {
      return AggregateJson.write(a);
    }
  }
}
