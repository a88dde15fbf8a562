package io.statuslint.http;

import java.util.List;

/**
 * One entry of the IANA HTTP Status Code Registry, with the facts rules need.
 *
 * @param requiredHeaders response header fields the code needs to be usable (201: Location …)
 * @param contentForbidden true for codes whose responses never carry content (1xx, 204, 205, 304)
 * @param guidance statuslint's short advice on when to use the code
 */
public record StatusCode(
    int code,
    String reason,
    Registration registration,
    String reference,
    List<String> requiredHeaders,
    boolean contentForbidden,
    String guidance) {

  /** How IANA lists the code. */
  public enum Registration {
    REGISTERED,
    /** Reserved and never to be used (306, 418). */
    UNUSED,
    /** Deprecated by its RFC (305). */
    DEPRECATED,
    /** Obsoleted by a later status change (510). */
    OBSOLETE,
    /** A temporary registration of a draft (104). */
    PROVISIONAL
  }

  public StatusClass statusClass() {
    return StatusClass.of(code);
  }

  /** {@code "429 Too Many Requests"}. */
  public String label() {
    return code + " " + reason;
  }
}
