package io.statuslint.traffic;

import io.statuslint.model.Exchange;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** Test fixtures under src/test/resources/io/statuslint/traffic and small reading helpers. */
final class TrafficFixtures {

  private TrafficFixtures() {}

  static Path path(String name) {
    try {
      return Path.of(TrafficFixtures.class.getResource(name).toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  static InputStream stream(String name) {
    try {
      return Files.newInputStream(path(name));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static HarReader har(String name, ReaderOptions options) {
    return new HarReader(stream(name), name, options);
  }

  static NdjsonExchangeReader ndjson(String name, ReaderOptions options) {
    return new NdjsonExchangeReader(stream(name), name, options);
  }

  static List<Exchange> readAll(ExchangeReader reader) throws IOException {
    List<Exchange> out = new ArrayList<>();
    try (reader) {
      Exchange e;
      while ((e = reader.next()) != null) {
        out.add(e);
      }
    }
    return out;
  }

  /** The 1-based line of a file, trimmed. */
  static String line(Path file, long number) throws IOException {
    try (var lines = Files.lines(file)) {
      return lines.skip(number - 1).findFirst().orElseThrow().trim();
    }
  }
}
