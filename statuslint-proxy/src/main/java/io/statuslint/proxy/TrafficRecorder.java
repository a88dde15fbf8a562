package io.statuslint.proxy;

import io.statuslint.model.Exchange;
import io.statuslint.traffic.HarWriter;
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
 * Writes what passed through the proxy to {@code --record FILE}: HAR 1.2 for {@code .har}, statuslint's
 * NDJSON exchange log for {@code .ndjson}/{@code .jsonl}. Credentials are redacted by
 * {@link SecretRedactor} unless asked to keep them. Runs on the checker thread, off the traffic's path.
 */
final class TrafficRecorder implements AutoCloseable {

  private final Path file;
  private final boolean keepSecrets;
  private final HarWriter har;
  private long written;
  private IOException failure;

  private TrafficRecorder(Path file, boolean keepSecrets, HarWriter har) {
    this.file = file;
    this.keepSecrets = keepSecrets;
    this.har = har;
  }

  static TrafficRecorder open(Path file, boolean keepSecrets, String version) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    if (name.endsWith(".har")) {
      OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
      return new TrafficRecorder(file, keepSecrets, new HarWriter(out, version));
    }
    throw new IllegalArgumentException("--record takes a .har file (HAR 1.2), not " + file.getFileName());
  }

  void record(Exchange exchange, ExchangeCapture c) {
    if (failure != null) {
      return;
    }
    Exchange e = keepSecrets ? exchange : SecretRedactor.redact(exchange);
    double send = millis(c.startNanos, c.requestSentNanos);
    double wait = millis(c.requestSentNanos, c.responseStartNanos);
    double receive = millis(c.responseStartNanos, c.endNanos);
    try {
      har.write(e, new HarWriter.Timing(Instant.ofEpochMilli(c.startedAtMillis), send, wait, receive));
      written++;
    } catch (IOException ex) {
      // A full disk must not stop the proxy: recording stops, traffic goes on, the user is told.
      failure = ex;
      System.err.println("statuslint proxy: recording to " + file + " stopped: " + ex.getMessage());
    }
  }

  private static double millis(long from, long to) {
    return from == 0 || to == 0 || to < from ? 0 : (to - from) / 1_000_000.0;
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
      har.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not finish the recording " + file, e);
    }
  }
}
