package io.statuslint.proxy;

import io.statuslint.model.Exchange;
import io.statuslint.traffic.SecretRedactor;
import io.statuslint.traffic.TrafficRecording;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * Writes what passed through the proxy to {@code --record FILE} ({@link TrafficRecording}): HAR 1.2
 * for {@code .har}, statuslint's NDJSON exchange log for {@code .ndjson}/{@code .jsonl}. Credentials are redacted by
 * {@link SecretRedactor} unless asked to keep them. Runs on the checker thread, off the traffic's path.
 */
final class TrafficRecorder implements AutoCloseable {

  private final Path file;
  private final boolean keepSecrets;
  private final TrafficRecording recording;
  private long written;
  private IOException failure;

  private TrafficRecorder(Path file, boolean keepSecrets, TrafficRecording recording) {
    this.file = file;
    this.keepSecrets = keepSecrets;
    this.recording = recording;
  }

  static TrafficRecorder open(Path file, boolean keepSecrets, String version, int captureBytes) throws IOException {
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!TrafficRecording.isHar(file) && !name.endsWith(".ndjson") && !name.endsWith(".jsonl")) {
      throw new IllegalArgumentException("--record takes a .har (HAR 1.2) or .ndjson (statuslint exchange log) file, "
          + "not " + file.getFileName());
    }
    // Bodies are captured up to --capture-bytes; the writers keep at least that much.
    int maxBody = Math.max(1, captureBytes);
    return new TrafficRecorder(file, keepSecrets,
        TrafficRecording.open(file, "statuslint proxy", version, maxBody, !keepSecrets));
  }

  void record(Exchange exchange, ExchangeCapture c) {
    if (failure != null) {
      return;
    }
    // One redaction for both formats (the HAR writer would redact with the same rules anyway).
    Exchange e = keepSecrets ? exchange : SecretRedactor.redact(exchange);
    try {
      long millis = c.endNanos == 0 ? -1 : (c.endNanos - c.startNanos) / 1_000_000;
      recording.write(e, Instant.ofEpochMilli(c.startedAtMillis), millis, null);
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
      recording.close();
    } catch (IOException e) {
      throw new UncheckedIOException("could not finish the recording " + file, e);
    }
  }
}
