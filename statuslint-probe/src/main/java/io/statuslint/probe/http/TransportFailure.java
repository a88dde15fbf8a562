package io.statuslint.probe.http;

/**
 * Why a request got no complete answer. The kinds are what a user can act on: the host is not
 * there, TLS failed, the server went silent, or it hung up.
 */
public record TransportFailure(Kind kind, String message) {

  /** What went wrong, from the client's point of view. */
  public enum Kind {
    /** No TCP connection: unknown host, refused, or connect timeout. */
    CONNECT,
    /** The TLS handshake failed (untrusted certificate, wrong name, not TLS at all). */
    TLS,
    /** No complete answer before the deadline: the server hung or trickled bytes. */
    TIMEOUT,
    /** The server closed the connection before the answer was complete. */
    CLOSED,
    /**
     * The server hung up while the request was still being sent, and no answer could be read. It
     * may have answered first (a 413 or 431, as RFC 9110 §15.5.14 allows), and the reset lost it.
     */
    CLOSED_WHILE_SENDING,
    /** The server's bytes are not an HTTP/1.1 response. */
    PROTOCOL
  }

  /** Whether the target itself could not be reached (nothing about the API can be judged). */
  public boolean unreachable() {
    return kind == Kind.CONNECT || kind == Kind.TLS;
  }
}
