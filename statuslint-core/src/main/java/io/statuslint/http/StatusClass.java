package io.statuslint.http;

/** The class of a status code, given by its first digit (RFC 9110 §15). */
public enum StatusClass {
  INFORMATIONAL("1xx", "Informational"),
  SUCCESSFUL("2xx", "Successful"),
  REDIRECTION("3xx", "Redirection"),
  CLIENT_ERROR("4xx", "Client error"),
  SERVER_ERROR("5xx", "Server error"),
  /** Outside 100–599: not a valid status code at all. */
  INVALID("invalid", "Invalid");

  private final String label;
  private final String title;

  StatusClass(String label, String title) {
    this.label = label;
    this.title = title;
  }

  public String label() {
    return label;
  }

  public String title() {
    return title;
  }

  public static StatusClass of(int code) {
    if (code < 100 || code > 599) {
      return INVALID;
    }
    return values()[code / 100 - 1];
  }

  public static boolean isError(int code) {
    return code >= 400 && code <= 599;
  }
}
