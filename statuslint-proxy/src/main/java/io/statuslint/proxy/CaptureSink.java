package io.statuslint.proxy;

/**
 * Where the relay hands what it saw. Called on a connection's event loop: implementations must
 * return at once (the checker only enqueues), so checking never slows the traffic.
 */
interface CaptureSink {

  /** An exchange the upstream answered (completely, or until one side went away). */
  void exchange(ExchangeCapture capture);

  /** The proxy answered a request itself ({@code status}: 400, 408, 421, 501, 502, 504…). */
  void proxyAnswered(int status);
}
