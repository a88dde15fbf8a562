package io.statuslint.proxy;

import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Objects;

/**
 * How the proxy runs. Defaults suit a developer's machine: loopback only, 64 KiB of each body kept
 * for the rules, 30 s for the upstream to start answering.
 *
 * @param upstream where every request goes
 * @param listen where the proxy accepts connections (port 0 = any free port)
 * @param dashboard where the live dashboard listens, or {@code null} for none
 * @param captureBytes how many bytes of each body are kept for the rules and the recording
 * @param queueExchanges how many captured exchanges may wait for the checker before new ones are dropped
 * @param queueBytes how many captured body bytes may wait for the checker before new ones are dropped
 * @param connectTimeout how long connecting to the upstream may take (then 504)
 * @param responseTimeout how long the upstream may take to start its response once the request is sent (then 504)
 * @param requestHeadTimeout how long a client may take to send a request's head (slow clients are cut off)
 * @param idleTimeout how long a connection may stay silent in both directions before it is closed
 * @param preserveHost forward the client's Host header instead of the upstream's authority
 * @param record a HAR or NDJSON file to record the traffic in, or {@code null}
 * @param keepSecrets record credentials and cookies as they were instead of redacting them
 */
public record ProxyOptions(
    Upstream upstream,
    InetSocketAddress listen,
    InetSocketAddress dashboard,
    int captureBytes,
    int queueExchanges,
    long queueBytes,
    Duration connectTimeout,
    Duration responseTimeout,
    Duration requestHeadTimeout,
    Duration idleTimeout,
    boolean preserveHost,
    Path record,
    boolean keepSecrets) {

  public static final int DEFAULT_CAPTURE_BYTES = 64 * 1024;

  public ProxyOptions {
    Objects.requireNonNull(upstream, "upstream");
    Objects.requireNonNull(listen, "listen");
    if (captureBytes < 0) {
      throw new IllegalArgumentException("captureBytes must be >= 0");
    }
  }

  public static Builder builder(Upstream upstream) {
    return new Builder(upstream);
  }

  /** Fluent construction with the defaults above. */
  public static final class Builder {
    private final Upstream upstream;
    private InetSocketAddress listen = new InetSocketAddress("127.0.0.1", 9090);
    private InetSocketAddress dashboard;
    private int captureBytes = DEFAULT_CAPTURE_BYTES;
    private int queueExchanges = 10_000;
    private long queueBytes = 64L * 1024 * 1024;
    private Duration connectTimeout = Duration.ofSeconds(5);
    private Duration responseTimeout = Duration.ofSeconds(30);
    private Duration requestHeadTimeout = Duration.ofSeconds(20);
    private Duration idleTimeout = Duration.ofMinutes(5);
    private boolean preserveHost;
    private Path record;
    private boolean keepSecrets;

    private Builder(Upstream upstream) {
      this.upstream = upstream;
    }

    public Builder listen(InetSocketAddress a) {
      this.listen = a;
      return this;
    }

    public Builder dashboard(InetSocketAddress a) {
      this.dashboard = a;
      return this;
    }

    public Builder captureBytes(int n) {
      this.captureBytes = n;
      return this;
    }

    public Builder queue(int exchanges, long bytes) {
      this.queueExchanges = exchanges;
      this.queueBytes = bytes;
      return this;
    }

    public Builder connectTimeout(Duration d) {
      this.connectTimeout = d;
      return this;
    }

    public Builder responseTimeout(Duration d) {
      this.responseTimeout = d;
      return this;
    }

    public Builder requestHeadTimeout(Duration d) {
      this.requestHeadTimeout = d;
      return this;
    }

    public Builder idleTimeout(Duration d) {
      this.idleTimeout = d;
      return this;
    }

    public Builder preserveHost(boolean b) {
      this.preserveHost = b;
      return this;
    }

    public Builder record(Path file, boolean keepSecrets) {
      this.record = file;
      this.keepSecrets = keepSecrets;
      return this;
    }

    public ProxyOptions build() {
      return new ProxyOptions(upstream, listen, dashboard, captureBytes, queueExchanges, queueBytes, connectTimeout,
          responseTimeout, requestHeadTimeout, idleTimeout, preserveHost, record, keepSecrets);
    }
  }
}
