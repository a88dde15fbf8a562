package io.statuslint.flink;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.model.EndpointTemplates;
import io.statuslint.model.Exchange;
import io.statuslint.report.FindingJson;
import io.statuslint.rule.Severity;
import io.statuslint.traffic.BadInputException;
import io.statuslint.traffic.ExchangeReader;
import io.statuslint.traffic.NdjsonLines;
import io.statuslint.traffic.ReaderOptions;
import io.statuslint.traffic.TrafficInputs;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import org.apache.flink.api.common.accumulators.LongCounter;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichFlatMapFunction;
import org.apache.flink.core.fs.Path;
import org.apache.flink.util.Collector;

/**
 * Runs the rules: parses a line (or streams a HAR file) exactly as {@code statuslint check} reads
 * it, gives each exchange to the {@link RuleEngine}, and emits each finding as its NDJSON line (the
 * shape of {@code --format ndjson}, written by the same {@link FindingJson}) with the fields the
 * aggregate table groups by. The engine and parser are built per task in {@link #open}; only the
 * {@link AuditSettings} travel with the job.
 */
final class CheckTraffic extends RichFlatMapFunction<TrafficRecord, FindingRow> {
  private static final long serialVersionUID = 1L;

  static final String TASKS = "rule-tasks";
  static final String EXCHANGES = "exchanges";
  static final String SKIPPED_LINES = "skipped-entries";
  static final String SKIPPED_INPUTS = "skipped-inputs";
  static final String FINDINGS = "findings.";

  private final AuditSettings settings;
  private transient RuleEngine engine;
  private transient ReaderOptions options;
  private transient NdjsonLines.Parser parser;
  private transient EndpointTemplates templates;
  private transient JsonFactory json;
  private transient LongCounter exchanges;
  private transient LongCounter skippedLines;
  private transient LongCounter skippedInputs;
  private transient LongCounter[] findingsBySeverity;

  CheckTraffic(AuditSettings settings) {
    this.settings = settings;
  }

  @Override
  public void open(OpenContext context) {
    engine = settings.engine();
    options = settings.readerOptions();
    parser = new NdjsonLines.Parser(options);
    templates = EndpointTemplates.heuristic();
    json = new JsonFactory();
    getRuntimeContext().getIntCounter(TASKS).add(1);
    exchanges = getRuntimeContext().getLongCounter(EXCHANGES);
    skippedLines = getRuntimeContext().getLongCounter(SKIPPED_LINES);
    skippedInputs = getRuntimeContext().getLongCounter(SKIPPED_INPUTS);
    findingsBySeverity = new LongCounter[Severity.values().length];
    for (Severity s : Severity.values()) {
      findingsBySeverity[s.ordinal()] = getRuntimeContext().getLongCounter(FINDINGS + s.id());
    }
  }

  @Override
  public void flatMap(TrafficRecord record, Collector<FindingRow> out) throws IOException {
    if (record.kind == TrafficRecord.Kind.HAR_FILE) {
      checkWholeFile(record, out);
      return;
    }
    Exchange exchange = parser.parse(record.payload, record.payload.length, record.file, record.entry);
    if (exchange == null) {
      skippedLines.add(1);
      return;
    }
    check(exchange, out);
  }

  private void checkWholeFile(TrafficRecord record, Collector<FindingRow> out) throws IOException {
    Path path = new Path(record.path);
    InputStream in = path.getFileSystem().open(path);
    try (ExchangeReader reader = TrafficInputs.open(in, record.file, options)) {
      Exchange e;
      while ((e = reader.next()) != null) {
        check(e, out);
      }
      skippedLines.add(reader.skipped());
    } catch (BadInputException unreadable) {
      if (!options.lenient()) {
        throw unreadable;
      }
      skippedInputs.add(1);
    }
  }

  private void check(Exchange exchange, Collector<FindingRow> out) {
    exchanges.add(1);
    engine.check(exchange, finding -> out.collect(row(finding)));
  }

  private FindingRow row(Finding f) {
    findingsBySeverity[f.severity().ordinal()].add(1);
    Location l = f.location();
    FindingRow row = new FindingRow();
    row.json = toJson(f);
    row.rule = f.rule();
    row.severity = f.severity().id();
    row.endpoint = templates.template(l.method(), l.url());
    row.status = l.status();
    row.exchange = ExampleExchange.of(l);
    return row;
  }

  /** The finding's line as {@code NdjsonReporter} writes it (a character-based generator). */
  private String toJson(Finding f) {
    StringWriter w = new StringWriter(512);
    try (JsonGenerator g = json.createGenerator(w)) {
      FindingJson.write(g, f);
    } catch (IOException inMemory) {
      throw new UncheckedIOException(inMemory);
    }
    return w.toString();
  }
}
