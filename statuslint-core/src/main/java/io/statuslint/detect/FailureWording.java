package io.statuslint.detect;

import java.util.Locale;

/**
 * Picks the status code a failure message deserves, for suggestions: "token expired" is a 401,
 * "channel_not_found" a 404, "database unavailable" a 503. Conservative: {@code null} when the
 * wording does not say.
 */
public final class FailureWording {

  // Checked in order: the more specific phrase first ("method not allowed" before "not allowed").
  private static final Object[][] PHRASES = {
      {405, new String[] {"method not allowed", "method not supported"}},
      {404, new String[] {"not found", "notfound", "does not exist", "doesn't exist", "no such ",
          "cannot get ", "no route matched", "unknown route", "no longer exists"}},
      {401, new String[] {"unauthorized", "unauthorised", "unauthenticated", "not authenticated",
          "authentication required", "authentication credentials", "invalid token", "token expired",
          "expired token", "invalid credentials", "invalid auth", "not authed", "invalid api key",
          "missing token", "login required", "access token expired", "invalid grant"}},
      {403, new String[] {"forbidden", "permission", "access denied", "not allowed", "not permitted"}},
      {429, new String[] {"rate limit", "too many requests", "slow down", "quota exceeded", "throttl"}},
      {409, new String[] {"already exists", "duplicate", "conflict", "already been taken", "already taken"}},
      {504, new String[] {"gateway timeout", "gateway time out", "upstream timed out", "upstream timeout"}},
      {502, new String[] {"bad gateway"}},
      {503, new String[] {"unavailable", "maintenance", "try again later", "server busy", "overloaded",
          "系统繁忙", "queue is full", "queue full"}},
      {413, new String[] {"too large", "entity too large"}},
      {400, new String[] {"invalid", "required", "must ", "validation", "malformed", "missing",
          "bad request", "can't be blank", "cannot be blank", "too short", "too long", "syntax error",
          "cannot query field", "unknown field", "expected ", "not a valid"}},
      {500, new String[] {"internal", "exception", "unexpected", "database", "server error",
          "something went wrong", "unable to", "could not", "failed to", "system error", "object reference",
          "系统"}},
  };

  private FailureWording() {}

  /** The code the wording points to, or {@code null}. */
  public static Integer suggestedCode(String message) {
    if (message == null || message.isBlank()) {
      return null;
    }
    String m = message.toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
    for (Object[] row : PHRASES) {
      for (String phrase : (String[]) row[1]) {
        if (m.contains(phrase)) {
          return (Integer) row[0];
        }
      }
    }
    return null;
  }
}
