package io.statuslint.flink;

/**
 * One unit of traffic on its way from a source to the rules: a line of an NDJSON exchange log (a
 * file's line or a Kafka record), or a whole HAR file. Lines are shipped unparsed, so the source
 * only cuts and numbers them and the costly part (parsing, rules) spreads over every task.
 *
 * <p>A Flink POJO (public fields, no-arg constructor) so that Flink serializes it without Kryo.
 */
public class TrafficRecord {

  /** What {@link #payload} holds. */
  public enum Kind {
    /** One NDJSON line, without its line break. */
    LINE,
    /** A HAR file, read whole by one task from {@link #path}: a HAR is one JSON document. */
    HAR_FILE
  }

  public Kind kind;
  /** The input's name as findings show it (the path as given, or a Kafka topic-partition). */
  public String file;
  /** 0-based line index in the file (or Kafka offset); -1 for a HAR file. */
  public long entry;
  /** The line's bytes (LINE). */
  public byte[] payload;
  /** The Flink path to open (HAR_FILE). */
  public String path;

  public TrafficRecord() {}

  public static TrafficRecord line(String file, long entry, byte[] line) {
    TrafficRecord r = new TrafficRecord();
    r.kind = Kind.LINE;
    r.file = file;
    r.entry = entry;
    r.payload = line;
    return r;
  }

  public static TrafficRecord harFile(String file, String path) {
    TrafficRecord r = new TrafficRecord();
    r.kind = Kind.HAR_FILE;
    r.file = file;
    r.entry = -1;
    r.path = path;
    return r;
  }
}
