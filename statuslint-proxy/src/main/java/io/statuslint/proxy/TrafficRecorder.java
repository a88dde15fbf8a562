package io.statuslint.proxy;

import io.statuslint.model.Exchange;
import io.statuslint.traffic.HarWriter;
import io.statuslint.traffic.NdjsonExchangeWriter;
import io.statuslint.traffic.SecretRedactor;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes what passed through the proxy to {@code --record FILE}: HAR 1.2 for {@code .har}
 * ({@link HarWriter}), statuslint's NDJSON exchange log for {@code .ndjson}/{@code .jsonl}
 * ({@link NdjsonExchangeWriter}). Credentials are redacted by
 * {@link SecretRedactor} unless asked to keep them. Runs on the checker thread, off the traffic's path.
 */
final class TrafficRecorder implements AutoCloseable {

  private final Path file;
  private final boolean keepSecrets;
  private final HarWriter har;
  private final NdjsonExchangeWriter ndjson;
  private final OutputStream out;
  private long written;
  private IOException failure;

  private TrafficRecorder(Path file, boolean keepSecrets, HarWriter har, NdjsonExchangeWriter ndjson,
      OutputStream out) {
    this.file = file;
    this.keepSecrets = keepSecrets;
    this.har = har;
    this.ndjson = ndjson;
    this.out = out;
  }

  static TrafficRecorder open(Path file, boolean keepSecrets, String version, int captureBytes) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    boolean har = name.endsWith(".har");
    if (!har && !name.endsWith(".ndjson") && !name.endsWith(".jsonl")) {
      throw new IllegalArgumentException("--record takes a .har (HAR 1.2) or .ndjson (statuslint exchange log) file, "
          + "not " + file.getFileName());
    }
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
    // Bodies are captured up to --capture-bytes; the writers keep at least that much.
    int maxBody = Math.max(1, captureBytes);
    return har
        ? new TrafficRecorder(file, keepSecrets, new HarWriter(out, "statuslint proxy", version, maxBody, !keepSecrets),
            null, out)
        : new TrafficRecorder(file, keepSecrets, null, new NdjsonExchangeWriter(out, maxBody), out);
  }

  void record(Exchange exchange, ExchangeCapture c) {
    if (failure != null) {
      return;
    }
    // One redaction for both formats (the HAR writer would redact with the same rules anyway).
    Exchange e = keepSecrets ? exchange : SecretRedactor.redact(exchange);
    try {
      if (har != null) {
        long millis = c.endNanos == 0 ? -1 : (c.endNanos - c.startNanos) / 1_000_000;
        har.write(e, Instant.ofEpochMilli(c.startedAtMillis), millis, null);
      } else {
        ndjson.write(e);
      }
      written++;
    } catch (IOException ex) {
      // A full disk must not stop the proxy: recording stops, traffic goes on, the user is told.
      failure = ex;
      System.err.println("statuslint proxy: recording to " + file + " stopped: " + ex.getMessage());
    }
  }

  long written() {
    return written;
  }

  Path file() {
    return file;
  }

  @Override
  public void close() {
    try {
      if (har != null) {
        har.close();
      } else {
        ndjson.close();
        out.close();
      }
    } catch (IOException e) {
      throw new UncheckedIOException("could not finish the recording " + file, e);
    }
  }
}
