package io.statuslint.detect;

import java.util.Locale;

/**
 * What an error message is about, as far as choosing a status code goes. Each intent names the code
 * that fits it best; the rules compare that with the code actually sent (guide, "Using them well":
 * 4xx for the caller's mistakes, 5xx for ours, and the most specific code that is accurate).
 *
 * <p>Three intents are context markers rather than meanings: they say whose machinery a message is
 * about (the server's own templates, configuration or upstreams; or something the caller supplied,
 * such as a webhook URL), or they neutralise a phrase that only looks like one of the others
 * ("CSRF token missing" is not a missing bearer token).
 */
public enum MessageIntent {
  /** Syntax or shape: malformed JSON, a parse error, a missing required field, a wrong JSON type. */
  MALFORMED_REQUEST(400, Family.CALLER),
  /** A generic "invalid input" or "validation failed" with no specific constraint named. */
  INVALID_INPUT(400, Family.CALLER),
  /** Well-formed content that fails a rule on its values: range, format, a future date, a choice. */
  SEMANTIC_VALIDATION(422, Family.CALLER),
  NOT_FOUND(404, Family.CALLER),
  UNAUTHENTICATED(401, Family.CALLER),
  FORBIDDEN(403, Family.CALLER),
  /** A duplicate, something that already exists, or an edit against a stale version. */
  CONFLICT(409, Family.CALLER),
  RATE_LIMITED(429, Family.CALLER),
  UNSUPPORTED_MEDIA_TYPE(415, Family.CALLER),
  /** The request content is too large. */
  TOO_LARGE(413, Family.CALLER),
  HEADERS_TOO_LARGE(431, Family.CALLER),
  URI_TOO_LONG(414, Family.CALLER),
  METHOD_NOT_ALLOWED(405, Family.CALLER),
  /** The server does not support what was asked: neither the caller's fault nor a failure. */
  NOT_IMPLEMENTED(501, Family.OTHER),
  /** An unexpected fault in the server's code or its database: exceptions, crashes. */
  SERVER_FAULT(500, Family.SERVER),
  /** An upstream gave an invalid answer or dropped the connection. */
  BAD_UPSTREAM(502, Family.SERVER),
  /** The server or a dependency is down, overloaded or in maintenance. */
  UNAVAILABLE(503, Family.SERVER),
  /** An upstream did not answer in time. */
  UPSTREAM_TIMEOUT(504, Family.SERVER),
  /** Marker: the message is about the server's own machinery (template, config, upstream...). */
  SERVER_SUBJECT(0, Family.CONTEXT),
  /** Marker: the message is about something the caller supplied (a webhook URL, their server). */
  CALLER_SUBJECT(0, Family.CONTEXT),
  /** Marker: a phrase that only looks like another intent; matching it hides the look-alike. */
  NEUTRAL(0, Family.CONTEXT);

  /** Whose side an intent puts the problem on. */
  public enum Family {
    /** The caller's mistake: a 4xx fits. */
    CALLER,
    /** The server's fault: a 5xx fits. */
    SERVER,
    /** Neither (501). */
    OTHER,
    /** A marker, not a meaning. */
    CONTEXT
  }

  private final int code;
  private final Family family;

  MessageIntent(int code, Family family) {
    this.code = code;
    this.family = family;
  }

  /** The status code that fits this intent best, or 0 for markers. */
  public int code() {
    return code;
  }

  public Family family() {
    return family;
  }

  /** The name used in phrase files: lower case with underscores, e.g. {@code not_found}. */
  public String id() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses an id of a phrase file ({@code not_found}, {@code not-found} or {@code NOT_FOUND}). */
  public static MessageIntent fromId(String id) {
    String n = id.trim().replace('-', '_').toUpperCase(Locale.ROOT);
    try {
      return valueOf(n);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("unknown message intent '" + id + "'", e);
    }
  }

  int bit() {
    return 1 << ordinal();
  }
}
