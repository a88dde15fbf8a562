package io.statuslint.probe.experiments;

import io.statuslint.probe.http.Sent;

/** Shared judgment helpers: which answers an experiment can judge, and how to name them. */
final class Answers {

  private Answers() {}

  /**
   * Whether the answer says nothing about the experiment: no response, or the target shedding load
   * (429, 503), which the pacing handles and the traffic rules judge.
   */
  static boolean unjudgeable(Sent s) {
    return s == null || !s.hasResponse() || s.status() == 429 || s.status() == 503;
  }

  /** Answers that are about who the caller is, not about the request's shape. */
  static boolean aboutAccess(int status) {
    return status == 401 || status == 403 || status == 407;
  }

  static boolean serverError(int status) {
    return status >= 500 && status < 600;
  }

  static boolean success(int status) {
    return status >= 200 && status < 300;
  }

  static boolean redirect(int status) {
    return status >= 300 && status < 400;
  }

  /** {@code "200"} or {@code "404 Not Found"}: the code with the reason phrase the server sent. */
  static String status(Sent s) {
    if (!s.hasResponse()) {
      return "no response";
    }
    String reason = s.response().reason();
    return reason == null || reason.isBlank() ? Integer.toString(s.status()) : s.status() + " " + reason;
  }

  static String kib(long bytes) {
    if (bytes % (1024 * 1024) == 0) {
      return bytes / (1024 * 1024) + " MiB";
    }
    if (bytes % 1024 == 0) {
      return bytes / 1024 + " KiB";
    }
    return bytes + "-byte";
  }
}
