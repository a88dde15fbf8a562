package io.statuslint.traffic;

import io.statuslint.model.Exchange;
import java.io.BufferedOutputStream;
import java.io.Closeable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Locale;

/**
 * A file of recorded exchanges that {@code statuslint check} reads back: HAR 1.2 when the name ends
 * in {@code .har}, the NDJSON exchange log otherwise. The probe's and the proxy's {@code --record}
 * both write through here, so the choice of format and the writers' settings live in one place.
 */
public final class TrafficRecording implements Closeable {

  private final HarWriter har;
  private final NdjsonExchangeWriter ndjson;
  private final OutputStream out;

  private TrafficRecording(HarWriter har, NdjsonExchangeWriter ndjson, OutputStream out) {
    this.har = har;
    this.ndjson = ndjson;
    this.out = out;
  }

  /**
   * Creates {@code file} (and its directories).
   *
   * @param maxBodyBytes bodies longer than this are kept as a prefix
   * @param redactHar whether the HAR writer redacts credentials itself (NDJSON is written as given)
   */
  public static TrafficRecording open(Path file, String creator, String version, int maxBodyBytes,
      boolean redactHar) throws IOException {
    if (file.getParent() != null) {
      Files.createDirectories(file.getParent());
    }
    OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 64 * 1024);
    return isHar(file)
        ? new TrafficRecording(new HarWriter(out, creator, version, maxBodyBytes, redactHar), null, out)
        : new TrafficRecording(null, new NdjsonExchangeWriter(out, maxBodyBytes), out);
  }

  public static boolean isHar(Path file) {
    return file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".har");
  }

  /** Appends one exchange; {@code started}, {@code millis} and {@code comment} are kept in HAR only. */
  public void write(Exchange exchange, Instant started, long millis, String comment) throws IOException {
    if (har != null) {
      har.write(exchange, started, millis, comment);
    } else {
      ndjson.write(exchange);
    }
  }

  @Override
  public void close() throws IOException {
    if (har != null) {
      har.close();
    } else {
      ndjson.close();
      out.close();
    }
  }
}
