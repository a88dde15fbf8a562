package io.statuslint.flink;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The output of a local run, made convenient: the part files Flink's sinks wrote (one or more per
 * task) are joined into {@code findings.ndjson} and {@code aggregates.ndjson}, and the aggregate table
 * is printed, largest rows first. On a cluster the part directories stay as they are.
 */
final class LocalReport {

  private LocalReport() {}

  /** Removes what an earlier local run left in {@code out}, so its parts do not mix with ours. */
  static void clear(Path out) throws IOException {
    for (String name : List.of(AuditJob.FINDINGS, AuditJob.AGGREGATES)) {
      deleteTree(out.resolve(name));
      Files.deleteIfExists(out.resolve(name + ".ndjson"));
    }
  }

  /** Joins {@code out/NAME/*} into {@code out/NAME.ndjson} and removes the directory. */
  static Path join(Path out, String name) throws IOException {
    Path dir = out.resolve(name);
    Path joined = out.resolve(name + ".ndjson");
    List<Path> parts = parts(dir);
    if (parts.size() == 1) {
      Files.move(parts.get(0), joined, StandardCopyOption.REPLACE_EXISTING);
    } else {
      try (OutputStream w = Files.newOutputStream(joined)) {
        for (Path p : parts) {
          Files.copy(p, w);
        }
      }
    }
    deleteTree(dir);
    return joined;
  }

  /** The aggregate rows of {@code file}, largest count first. */
  static List<FindingAggregate> rows(Path file) throws IOException {
    List<FindingAggregate> rows = new ArrayList<>();
    try (Stream<String> lines = Files.lines(file, StandardCharsets.UTF_8)) {
      for (String line : (Iterable<String>) lines::iterator) {
        rows.add(AggregateJson.read(line));
      }
    }
    rows.sort(Comparator.comparingLong((FindingAggregate a) -> -a.count)
        .thenComparing(a -> a.rule).thenComparing(a -> a.endpoint).thenComparingInt(a -> a.status));
    return rows;
  }

  /** Prints the first {@code limit} rows as a table. */
  static void print(List<FindingAggregate> rows, int limit, PrintStream out) {
    if (rows.isEmpty()) {
      out.println("no findings");
      return;
    }
    int ruleWidth = Math.max(4, rows.stream().limit(limit).mapToInt(r -> r.rule.length()).max().orElse(4));
    int endpointWidth = Math.min(48, Math.max(8, rows.stream().limit(limit).mapToInt(r -> r.endpoint.length()).max().orElse(8)));
    String format = "%9s  %-7s  %-" + ruleWidth + "s  %6s  %-" + endpointWidth + "s  %s%n";
    out.printf(format, "count", "level", "rule", "status", "endpoint", "first example");
    for (FindingAggregate r : rows.subList(0, Math.min(limit, rows.size()))) {
      String endpoint = r.endpoint.length() > endpointWidth ? r.endpoint.substring(0, endpointWidth - 1) + "…" : r.endpoint;
      out.printf(format, String.format("%,d", r.count), r.severity, r.rule, r.status, endpoint,
          r.examples.length == 0 ? "" : r.examples[0].toString());
    }
    if (rows.size() > limit) {
      out.printf("… %d more rows%n", rows.size() - limit);
    }
  }

  private static List<Path> parts(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return List.of();
    }
    try (Stream<Path> list = Files.list(dir)) {
      return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  private static void deleteTree(Path dir) throws IOException {
    if (!Files.exists(dir)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(dir)) {
      for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) {
        Files.delete(p);
      }
    }
  }
}
