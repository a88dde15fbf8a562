package io.statuslint.probe;

import io.statuslint.probe.http.ProbeHttpClient;
import java.net.URI;

/** What every endpoint run of one probe shares. */
final class ProbeRun {

  private final ProbeOptions options;
  private final Pacer pacer;
  private final Credentials credentials;
  private final String origin;

  ProbeRun(ProbeOptions options, ProbeHttpClient client, Credentials credentials) {
    this.options = options;
    this.pacer = new Pacer(client, options.maxRequests(), options.maxWait());
    this.credentials = credentials;
    URI b = options.base();
    this.origin = b.getScheme().toLowerCase(java.util.Locale.ROOT) + "://" + b.getRawAuthority();
  }

  ProbeOptions options() {
    return options;
  }

  Pacer pacer() {
    return pacer;
  }

  Credentials credentials() {
    return credentials;
  }

  /** {@code scheme://host:port}, to which every probed path is appended. */
  String origin() {
    return origin;
  }
}
