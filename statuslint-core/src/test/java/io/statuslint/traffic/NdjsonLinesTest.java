package io.statuslint.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.model.Exchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Cutting lines in one place and parsing them in another gives what the one-pass reader gives. */
class NdjsonLinesTest {

  private static final String LOG = "\uFEFF"
      + "{\"v\":1,\"id\":\"a\",\"request\":{\"method\":\"GET\",\"url\":\"/o/1\"},\"response\":{\"status\":200}}\r\n"
      + "\n"
      + "   \t\n"
      + "{\"v\":1,\"request\":{\"method\":\"POST\",\"url\":\"/o\"},\"response\":{\"status\":201,"
      + "\"headers\":[[\"Location\",\"/o/2\"]]}}\n"
      + "{\"v\":1,\"id\":7,\"request\":{\"method\":\"GET\",\"url\":\"/o/7\"},\"response\":null}\n"
      + "{\"v\":1,\"request\":{\"method\":\"GET\"}}\n"
      + "{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/last\"},\"response\":{\"status\":429}}";

  @Test
  void numbersAndParsesLinesAsTheReaderDoes() throws IOException {
    ReaderOptions lenient = ReaderOptions.defaults().withLenient(true);

    List<String> split = describe(splitAndParse(LOG, lenient));
    List<String> oneReader = describe(readWhole(LOG, lenient));

    // The BOM is dropped, CRLF ends a line, blank and whitespace lines count but yield nothing,
    // the bad line 6 is skipped, and a last line without a newline is read.
    assertThat(split).containsExactly("a@0:1 GET /o/1", "3@3:4 POST /o", "7@4:5 GET /o/7", "6@6:7 GET /last");
    assertThat(split).isEqualTo(oneReader);
  }

  @Test
  void aBadLineFailsWithTheReadersMessageUnlessLenient() throws IOException {
    ReaderOptions strict = ReaderOptions.defaults();
    String readerMessage = null;
    try (ExchangeReader r = new NdjsonExchangeReader(stream(LOG), "gw.ndjson", strict)) {
      while (r.next() != null) {
        // read up to the bad line
      }
    } catch (BadInputException e) {
      readerMessage = e.getMessage();
    }

    assertThat(readerMessage).isEqualTo("gw.ndjson:6: entry 5: missing request.url");
    assertThatThrownBy(() -> splitAndParse(LOG, strict))
        .isInstanceOf(BadInputException.class).hasMessage(readerMessage);
  }

  private static List<Exchange> splitAndParse(String log, ReaderOptions options) throws IOException {
    List<Exchange> out = new ArrayList<>();
    NdjsonLines.Parser parser = new NdjsonLines.Parser(options);
    try (NdjsonLines lines = new NdjsonLines(stream(log), "gw.ndjson", options)) {
      while (lines.next()) {
        byte[] line = lines.copyOfLine(); // as a distributed engine ships it
        Exchange e = parser.parse(line, line.length, "gw.ndjson", lines.index());
        if (e != null) {
          out.add(e);
        }
      }
    }
    return out;
  }

  private static List<Exchange> readWhole(String log, ReaderOptions options) throws IOException {
    List<Exchange> out = new ArrayList<>();
    try (ExchangeReader r = new NdjsonExchangeReader(stream(log), "gw.ndjson", options)) {
      Exchange e;
      while ((e = r.next()) != null) {
        out.add(e);
      }
    }
    return out;
  }

  private static List<String> describe(List<Exchange> exchanges) {
    return exchanges.stream().map(e -> e.id() + "@" + e.origin().entry() + ":" + e.origin().line() + " "
        + e.request().method() + " " + e.request().url()).toList();
  }

  private static ByteArrayInputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
