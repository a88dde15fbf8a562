package io.statuslint.servlet;

import io.statuslint.http.StatusCode;
import io.statuslint.http.StatusRegistry;
import java.util.UUID;

/**
 * The safe body the guard sends instead of one that leaks: RFC 9457 Problem Details with the same
 * status, a generic title and detail, and an incident id that points at the server-side log entry.
 * Plain ASCII, so it reads the same under any charset the application's writer has fixed.
 */
final class ProblemBody {

  static final String CONTENT_TYPE = "application/problem+json";

  private ProblemBody() {}

  static String newIncidentId() {
    return UUID.randomUUID().toString();
  }

  static String json(int status, String incident) {
    StatusCode code = StatusRegistry.get(status);
    String title = code == null ? (status >= 500 ? "Server error" : "Request error") : code.reason();
    String detail = status >= 500
        ? "The server could not complete the request. Quote incident " + incident + " when you report it."
        : "The request could not be completed. Quote incident " + incident + " when you report it.";
    return "{\"type\":\"about:blank\",\"title\":\"" + ascii(title) + "\",\"status\":" + status
        + ",\"detail\":\"" + detail + "\",\"instance\":\"urn:uuid:" + incident + "\",\"incident\":\""
        + incident + "\"}";
  }

  /** Keeps titles JSON-safe and ASCII; registry reason phrases are ASCII already. */
  private static String ascii(String s) {
    StringBuilder sb = new StringBuilder(s.length());
    for (char c : s.toCharArray()) {
      if (c >= 0x20 && c < 0x7f && c != '"' && c != '\\') {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
