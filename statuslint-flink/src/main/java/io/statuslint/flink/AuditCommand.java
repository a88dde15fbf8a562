package io.statuslint.flink;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.core.fs.FileStatus;
import org.apache.flink.core.fs.FileSystem;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code statuslint-flink audit FILE|DIR...}: a batch job over recorded traffic files. */
@Command(name = "audit", mixinStandardHelpOptions = true,
    description = {"Check recorded traffic files (NDJSON exchange logs or HAR, gzip or not) in batch mode.",
        "Inputs are files or directories on any file system Flink reads (file:, hdfs:, s3:…)."})
final class AuditCommand implements Callable<Integer> {

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories of traffic.")
  List<String> inputs;

  @Option(names = {"-o", "--out"}, paramLabel = "DIR", defaultValue = "statuslint-flink-out",
      description = "Output directory: findings and the aggregate table (default: ${DEFAULT-VALUE}).")
  String out;

  @Option(names = "--rebalance", paramLabel = "WHEN", defaultValue = "auto",
      description = "Spread lines over all tasks: auto (when files are fewer than tasks), always or never.")
  Rebalance rebalance;

  @Option(names = "--top", paramLabel = "N", defaultValue = "20",
      description = "Rows of the aggregate table printed after a local run (default: ${DEFAULT-VALUE}).")
  int top;

  @Mixin RuleOptions rules;
  @Mixin FlinkOptions flink;

  enum Rebalance { AUTO, ALWAYS, NEVER }

  @Override
  public Integer call() throws Exception {
    var failLevel = rules.failLevel(); // bad usage fails here, before Flink starts
    AuditSettings settings = rules.settings(inputs);
    boolean local = flink.local();
    var env = flink.environment();
    if (local) {
      LocalReport.clear(Path.of(out));
    }
    boolean spread = rebalance == Rebalance.ALWAYS
        || (rebalance == Rebalance.AUTO && countFiles(inputs) < env.getParallelism());
    AuditJob.overFiles(env, inputs, settings, out, spread);
    long start = System.currentTimeMillis();
    JobExecutionResult result = env.execute("statuslint audit " + String.join(" ", inputs));
    long millis = System.currentTimeMillis() - start;
    if (local) {
      Path findings = LocalReport.join(Path.of(out), AuditJob.FINDINGS);
      Path table = LocalReport.join(Path.of(out), AuditJob.AGGREGATES);
      LocalReport.print(LocalReport.rows(table), top, System.out);
      System.out.printf("findings: %s%naggregate table: %s%n", findings, table);
    } else {
      System.out.printf("findings: %s/%s/%naggregate table: %s/%s/%n", out, AuditJob.FINDINGS, out, AuditJob.AGGREGATES);
    }
    return FlinkOptions.counts(result)
        .map(c -> FlinkOptions.exitCode(c, failLevel, millis, System.out))
        .orElse(0);
  }

  /** The files Flink will read, as its enumerator counts them (hidden and {@code _} files skipped). */
  static long countFiles(List<String> inputs) {
    long n = 0;
    try {
      for (String in : inputs) {
        org.apache.flink.core.fs.Path p = new org.apache.flink.core.fs.Path(in);
        n += count(p.getFileSystem(), p.getFileSystem().getFileStatus(p));
      }
    } catch (IOException unknown) {
      return 0; // cannot tell: spread, the safe choice for few large files
    }
    return n;
  }

  private static long count(FileSystem fs, FileStatus status) throws IOException {
    if (!status.isDir()) {
      return 1;
    }
    long n = 0;
    for (FileStatus child : fs.listStatus(status.getPath())) {
      String name = child.getPath().getName();
      if (!name.startsWith(".") && !name.startsWith("_")) {
        n += count(fs, child);
      }
    }
    return n;
  }
}
