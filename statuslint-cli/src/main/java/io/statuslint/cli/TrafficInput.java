package io.statuslint.cli;

import io.statuslint.traffic.ExchangeReader;
import io.statuslint.traffic.ReaderOptions;
import io.statuslint.traffic.TrafficInputs;

/** Opens a traffic input for {@code check}: HAR or NDJSON, detected by content; {@code -} is stdin. */
final class TrafficInput {

  private TrafficInput() {}

  static ExchangeReader open(String file, boolean lenient) {
    return TrafficInputs.open(file, ReaderOptions.defaults().withLenient(lenient));
  }
}
