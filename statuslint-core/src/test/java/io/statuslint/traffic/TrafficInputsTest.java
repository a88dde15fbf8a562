package io.statuslint.traffic;

import static io.statuslint.traffic.TrafficFixtures.path;
import static io.statuslint.traffic.TrafficFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import io.statuslint.model.Exchange;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TrafficInputsTest {

  private static final ReaderOptions OPTIONS = ReaderOptions.defaults();

  @TempDir
  Path dir;

  @Test
  void detectsHarByContent() throws IOException {
    Path copy = dir.resolve("recording.json");
    Files.copy(path("chrome.har"), copy);

    List<Exchange> all = readAll(TrafficInputs.open(copy, OPTIONS));

    assertThat(all).hasSize(11);
    assertThat(all.get(0).origin().file()).isEqualTo(copy.toString());
  }

  @Test
  void detectsNdjsonByContent() throws IOException {
    Path copy = dir.resolve("traffic.log");
    Files.copy(path("exchanges.ndjson"), copy);

    assertThat(readAll(TrafficInputs.open(copy.toString(), OPTIONS))).hasSize(7);
  }

  @Test
  void decompressesGzipTransparentlyAndReportsCompressedPosition() throws IOException {
    Path gz = dir.resolve("chrome.har.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(gz))) {
      Files.copy(path("chrome.har"), out);
    }

    try (ExchangeReader reader = TrafficInputs.open(gz, OPTIONS)) {
      int count = 0;
      while (reader.next() != null) {
        count++;
      }
      assertThat(count).isEqualTo(11);
      assertThat(reader.position()).isEqualTo(Files.size(gz));
    }
  }

  @Test
  void gzippedNdjsonFromAStream() throws IOException {
    byte[] plain = Files.readAllBytes(path("exchanges.ndjson"));
    java.io.ByteArrayOutputStream compressed = new java.io.ByteArrayOutputStream();
    try (OutputStream out = new GZIPOutputStream(compressed)) {
      out.write(plain);
    }

    ExchangeReader reader = TrafficInputs.open(new ByteArrayInputStream(compressed.toByteArray()), "<stdin>", OPTIONS);

    assertThat(readAll(reader)).hasSize(7);
  }

  @Test
  void ndjsonWhoseFirstKeyIsNotVIsStillRecognised() throws IOException {
    String line = "{\"id\":\"a\",\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"v\":1}\n";

    assertThat(readAll(TrafficInputs.open(stream(line), "x", OPTIONS))).hasSize(1);
  }

  @Test
  void byteOrderMarkIsAllowedInBothFormats() throws IOException {
    String bom = "\u00EF\u00BB\u00BF";
    String har = bom + "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"/h\"}}]}}";
    String ndjson = bom + "{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/n\"}}\n";

    assertThat(readAll(TrafficInputs.open(stream(har), "bom.har", OPTIONS))).singleElement()
        .satisfies(e -> assertThat(e.request().url()).isEqualTo("/h"));
    assertThat(readAll(TrafficInputs.open(stream(ndjson), "bom.ndjson", OPTIONS))).singleElement()
        .satisfies(e -> assertThat(e.request().url()).isEqualTo("/n"));
  }

  @Test
  void readsStandardInputForDash() throws IOException {
    InputStream original = System.in;
    try {
      System.setIn(stream("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/stdin\"}}\n"));
      List<Exchange> all = readAll(TrafficInputs.open("-", OPTIONS));
      assertThat(all).singleElement().satisfies(e -> {
        assertThat(e.request().url()).isEqualTo("/stdin");
        assertThat(e.origin().file()).isEqualTo("<stdin>");
      });
    } finally {
      System.setIn(original);
    }
  }

  @Test
  void missingFileDirectoryAndUnreadableFileHaveClearMessages() throws IOException {
    Path missing = dir.resolve("nope.har");
    assertThatThrownBy(() -> TrafficInputs.open(missing, OPTIONS))
        .isInstanceOf(BadInputException.class)
        .hasMessage(missing + ": no such file");
    assertThatThrownBy(() -> TrafficInputs.open(dir, OPTIONS))
        .hasMessageStartingWith(dir + ": is a directory");

    Path secret = Files.writeString(dir.resolve("secret.har"), "{\"log\":{\"entries\":[]}}");
    Files.setPosixFilePermissions(secret, PosixFilePermissions.fromString("---------"));
    assumeFalse(Files.isReadable(secret), "running as a user who can read anything (root)");
    assertThatThrownBy(() -> TrafficInputs.open(secret, OPTIONS)).hasMessage(secret + ": permission denied");
  }

  @Test
  void contentThatIsNeitherFormatIsRejected() {
    assertThatThrownBy(() -> TrafficInputs.open(path("not-json.har"), OPTIONS))
        .isInstanceOf(BadInputException.class)
        .hasMessageEndingWith("neither a HAR file nor an NDJSON exchange log: the content does not start with a JSON object");
    assertThatThrownBy(() -> TrafficInputs.open(stream("{\"name\":\"x\"}\n"), "config.json", OPTIONS))
        .hasMessageContaining("neither a HAR file (no \"log\" object) nor an NDJSON exchange log");
    assertThatThrownBy(() -> TrafficInputs.open(stream("  \n"), "blank.har", OPTIONS))
        .hasMessage("blank.har: empty input: neither a HAR file nor an NDJSON exchange log");
    assertThatThrownBy(() -> TrafficInputs.open(stream("\u001f\u008bnot really gzip"), "fake.gz", OPTIONS))
        .isInstanceOf(BadInputException.class);
  }

  @Test
  void emptyNdjsonLogHasNoExchanges() throws IOException {
    Path empty = Files.writeString(dir.resolve("proxy.ndjson"), "");

    assertThat(readAll(TrafficInputs.open(empty, OPTIONS))).isEmpty();
  }

  @Test
  void badHarFoundThroughDetectionStillNamesTheEntry() {
    assertThatThrownBy(() -> readAll(TrafficInputs.open(path("truncated.har"), OPTIONS)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("entry 3: unexpected end of input");
  }

  private static InputStream stream(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.ISO_8859_1));
  }
}
