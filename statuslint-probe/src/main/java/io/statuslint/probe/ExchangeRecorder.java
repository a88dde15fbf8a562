package io.statuslint.probe;

import io.statuslint.traffic.ReaderOptions;
import io.statuslint.traffic.TrafficRecording;
import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;

/**
 * Keeps the probe's exchanges in a file that {@code statuslint check} reads back: HAR 1.2 for
 * {@code .har}, the NDJSON exchange log otherwise. Exchanges arrive already redacted; the HAR writer
 * redacts credential fields once more on its own.
 */
public final class ExchangeRecorder implements Closeable {

  private final TrafficRecording recording;

  private ExchangeRecorder(TrafficRecording recording) {
    this.recording = recording;
  }

  public static ExchangeRecorder open(Path file, String version) throws IOException {
    return new ExchangeRecorder(TrafficRecording.open(file, "statuslint probe", version,
        ReaderOptions.DEFAULT_MAX_BODY_BYTES, true));
  }

  public void record(ProbedExchange e) throws IOException {
    recording.write(e.exchange(), Instant.now().minusMillis(e.millis()), e.millis(), e.purpose());
  }

  @Override
  public void close() throws IOException {
    recording.close();
  }
}
