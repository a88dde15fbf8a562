package io.statuslint.flink;

import io.statuslint.rule.Severity;
import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import picocli.CommandLine.Option;

/**
 * Where and how wide the job runs. Under {@code flink run} the cluster's environment is used as it
 * is; otherwise Flink starts in this process, bound to 127.0.0.1.
 */
final class FlinkOptions {

  @Option(names = {"-p", "--parallelism"}, paramLabel = "N",
      description = "Tasks per operator. Local default: the number of cores; on a cluster: its default.")
  Integer parallelism;

  @Option(names = {"-D", "--flink-conf"}, paramLabel = "KEY=VALUE",
      description = "A Flink configuration option for a local run (repeatable), e.g. -D taskmanager.memory.managed.size=256m")
  Map<String, String> flinkConf = new LinkedHashMap<>();

  /** Whether this is a local run: no cluster provided an environment ({@code flink run} does). */
  boolean local() {
    return StreamExecutionEnvironment.areExplicitEnvironmentsAllowed();
  }

  StreamExecutionEnvironment environment() {
    if (!local()) {
      StreamExecutionEnvironment env = StreamExecutionEnvironment.getExecutionEnvironment();
      if (parallelism != null) {
        env.setParallelism(parallelism);
      }
      return env;
    }
    Configuration conf = LocalFlink.configuration();
    conf.addAll(Configuration.fromMap(flinkConf));
    int p = parallelism != null ? parallelism : Runtime.getRuntime().availableProcessors();
    return StreamExecutionEnvironment.createLocalEnvironment(p, conf);
  }

  /** The accumulated counts of a finished job, or empty when it ran detached. */
  static Optional<Map<String, Object>> counts(JobExecutionResult result) {
    try {
      return Optional.of(result.getJobExecutionResult().getAllAccumulatorResults());
    } catch (RuntimeException detached) {
      return Optional.empty();
    }
  }

  /** Prints the totals and returns the exit code the counts call for. */
  static int exitCode(Map<String, Object> counts, Optional<Severity> failLevel, long millis, PrintStream out) {
    long error = count(counts, CheckTraffic.FINDINGS + Severity.ERROR.id());
    long warning = count(counts, CheckTraffic.FINDINGS + Severity.WARNING.id());
    long info = count(counts, CheckTraffic.FINDINGS + Severity.INFO.id());
    out.printf("statuslint-flink: %,d exchanges, %,d findings (%,d errors, %,d warnings, %,d info) in %.1f s%n",
        count(counts, CheckTraffic.EXCHANGES), error + warning + info, error, warning, info, millis / 1000.0);
    long skippedEntries = count(counts, CheckTraffic.SKIPPED_LINES);
    long skippedInputs = count(counts, CheckTraffic.SKIPPED_INPUTS);
    if (skippedEntries + skippedInputs > 0) {
      out.printf("statuslint-flink: warning: skipped %,d unreadable entries and %,d unreadable inputs%n",
          skippedEntries, skippedInputs);
    }
    if (failLevel.isEmpty()) {
      return 0;
    }
    Severity level = failLevel.get();
    long failing = error + (Severity.WARNING.atLeast(level) ? warning : 0) + (Severity.INFO.atLeast(level) ? info : 0);
    return failing > 0 ? 1 : 0;
  }

  private static long count(Map<String, Object> counts, String name) {
    Object v = counts.get(name);
    return v instanceof Number n ? n.longValue() : 0;
  }
}
