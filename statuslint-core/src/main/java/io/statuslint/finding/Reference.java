package io.statuslint.finding;

/**
 * What a finding rests on.
 *
 * @param guide the section of the team's status-code guide, or {@code null}
 * @param rfc the RFC clause, e.g. {@code "RFC 9110 §15.5.6"}, or {@code null}
 * @param url a link to the rule's documentation, or {@code null}
 */
public record Reference(String guide, String rfc, String url) {

  public static Reference of(String guide, String rfc, String url) {
    return new Reference(blankToNull(guide), blankToNull(rfc), blankToNull(url));
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s;
  }
}
