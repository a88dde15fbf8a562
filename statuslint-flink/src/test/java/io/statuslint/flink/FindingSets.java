package io.statuslint.flink;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.model.EndpointTemplates;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * Findings grouped by exchange (input file and exchange id), in bounded memory: each exchange keeps
 * a commutative digest of its finding lines, so two outputs in different orders compare equal exactly
 * when every exchange has the same multiset of lines. Also derives the aggregate table the job should
 * write, independently of the job's own code.
 */
final class FindingSets {

  private static final ObjectMapper JSON = new ObjectMapper();

  final Map<String, Long> digestByExchange = new HashMap<>();
  final Map<String, Integer> rules = new TreeMap<>();
  long lines;

  /** Every {@code *.ndjson} file directly in {@code dir}, or {@code dir} itself if it is a file. */
  static FindingSets read(Path dirOrFile) throws IOException {
    FindingSets s = new FindingSets();
    for (Path p : files(dirOrFile)) {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          s.add(line);
        }
      }
    }
    return s;
  }

  static List<Path> files(Path dirOrFile) throws IOException {
    if (!Files.isDirectory(dirOrFile)) {
      return List.of(dirOrFile);
    }
    try (Stream<Path> list = Files.list(dirOrFile)) {
      // FileSink leaves nothing else once the job finished; hidden in-progress files would be a bug.
      return list.filter(p -> !p.getFileName().toString().startsWith(".")).sorted().toList();
    }
  }

  void add(String line) {
    JsonNode finding = parse(line);
    digestByExchange.merge(exchangeKey(finding.path("location")), fnv(line), Long::sum);
    rules.merge(finding.path("rule").asText(), 1, Integer::sum);
    lines++;
  }

  static String exchangeKey(JsonNode location) {
    return location.path("file").asText("") + " #" + location.path("exchangeId").asText("");
  }

  /** The finding lines of some exchanges, for a readable failure message. */
  static Map<String, List<String>> linesOf(Path dirOrFile, List<String> keys) throws IOException {
    Map<String, List<String>> out = new TreeMap<>();
    for (Path p : files(dirOrFile)) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        String key = exchangeKey(parse(line).path("location"));
        if (keys.contains(key)) {
          out.computeIfAbsent(key, k -> new ArrayList<>()).add(line);
        }
      }
    }
    return out;
  }

  /** Exchanges whose findings differ between two sets (at most {@code max}). */
  static List<String> differences(FindingSets a, FindingSets b, int max) {
    List<String> diff = new ArrayList<>();
    for (Map.Entry<String, Long> e : a.digestByExchange.entrySet()) {
      if (!Objects.equals(e.getValue(), b.digestByExchange.get(e.getKey())) && diff.size() < max) {
        diff.add(e.getKey());
      }
    }
    for (String k : b.digestByExchange.keySet()) {
      if (!a.digestByExchange.containsKey(k) && diff.size() < max) {
        diff.add(k);
      }
    }
    return diff;
  }

  /**
   * The aggregate table for a set of finding lines, computed here without the job's classes: rule,
   * endpoint template and status, with the count and the first {@code examples} exchanges in input
   * order (file, then entry). Keys are {@code "rule endpoint status"}; values {@code "count [examples]"}.
   */
  static Map<String, String> expectedAggregates(Path findings, int examples) throws IOException {
    EndpointTemplates templates = EndpointTemplates.heuristic();
    Map<String, long[]> counts = new HashMap<>();
    Map<String, TreeSet<String>> firsts = new HashMap<>();
    for (Path p : files(findings)) {
      try (BufferedReader r = Files.newBufferedReader(p, StandardCharsets.UTF_8)) {
        String line;
        while ((line = r.readLine()) != null) {
          JsonNode f = parse(line);
          JsonNode l = f.path("location");
          String key = f.path("rule").asText() + " " + templates.template(l.path("method").asText(), l.path("url").asText())
              + " " + l.path("status").asInt();
          counts.computeIfAbsent(key, k -> new long[1])[0]++;
          TreeSet<String> set = firsts.computeIfAbsent(key, k -> new TreeSet<>());
          set.add(String.format("%s\u0001%012d\u0001%s", l.path("file").asText(), l.path("entry").asLong(), l.path("exchangeId").asText()));
          while (set.size() > examples) {
            set.pollLast();
          }
        }
      }
    }
    Map<String, String> table = new TreeMap<>();
    counts.forEach((k, c) -> table.put(k, c[0] + " " + firsts.get(k)));
    return table;
  }

  /** The same shape as {@link #expectedAggregates} for the rows the job wrote. */
  static Map<String, String> actualAggregates(Path dir) throws IOException {
    Map<String, String> table = new TreeMap<>();
    for (Path p : files(dir)) {
      for (String line : Files.readAllLines(p, StandardCharsets.UTF_8)) {
        FindingAggregate a = AggregateJson.read(line);
        TreeSet<String> ex = new TreeSet<>();
        for (ExampleExchange e : a.examples) {
          ex.add(String.format("%s\u0001%012d\u0001%s", e.file, e.entry, e.exchangeId));
        }
        String key = a.rule + " " + a.endpoint + " " + a.status;
        if (table.put(key, a.count + " " + ex) != null) {
          throw new AssertionError("two aggregate rows for " + key);
        }
      }
    }
    return table;
  }

  private static JsonNode parse(String line) {
    try {
      return JSON.readTree(line);
    } catch (IOException e) {
      throw new UncheckedIOException("not a JSON line: " + line, e);
    }
  }

  private static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return h;
  }
}
