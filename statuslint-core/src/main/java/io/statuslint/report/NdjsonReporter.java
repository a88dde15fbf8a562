package io.statuslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.statuslint.finding.Finding;
import java.io.IOException;
import java.io.Writer;

/** {@code --format ndjson}: one finding per line, for streams, Flink and diffing. No summary line. */
public final class NdjsonReporter implements Reporter {

  private final Writer out;
  private JsonGenerator g;

  public NdjsonReporter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ReportContext context) throws IOException {
    g = new JsonFactory().createGenerator(out);
    g.setRootValueSeparator(null);
  }

  @Override
  public void finding(Finding finding) throws IOException {
    FindingJson.write(g, finding);
    g.flush();
    out.write('\n');
  }

  @Override
  public void finish(Summary summary) throws IOException {
    g.flush();
    out.flush();
  }
}
