package io.statuslint.probe;

import io.statuslint.traffic.HarWriter;
import io.statuslint.traffic.NdjsonExchangeWriter;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Keeps the probe's exchanges in a file that {@code statuslint check} reads back: HAR 1.2 for
 * {@code .har}, the NDJSON exchange log otherwise. Exchanges arrive already redacted; the HAR writer
 * redacts credential fields once more on its own.
 */
public final class ExchangeRecorder implements Closeable {

  private final HarWriter har;
  private final NdjsonExchangeWriter ndjson;
  private final OutputStream out;

  private ExchangeRecorder(HarWriter har, NdjsonExchangeWriter ndjson, OutputStream out) {
    this.har = har;
    this.ndjson = ndjson;
    this.out = out;
  }

  public static ExchangeRecorder open(Path file, String version) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file));
    if (file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".har")) {
      return new ExchangeRecorder(new HarWriter(out, "statuslint probe", version), null, out);
    }
    return new ExchangeRecorder(null, new NdjsonExchangeWriter(out), out);
  }

  public void record(ProbedExchange e) throws IOException {
    if (har != null) {
      har.write(e.exchange(), Instant.now().minusMillis(e.millis()), e.millis(), e.purpose());
    } else {
      ndjson.write(e.exchange());
    }
  }

  @Override
  public void close() throws IOException {
    if (har != null) {
      har.close();
    } else {
      ndjson.flush();
      out.close();
    }
  }
}
