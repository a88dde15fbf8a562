package io.statuslint.rules.bodies;

import io.statuslint.model.Body;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;

/**
 * The shared decision of the rules about responses that may not carry content (204, 205, 304, and
 * any answer to HEAD): content counts only when it is known to be there. Recorded bytes count, a
 * truncated prefix included; an unrecorded body never does; on a spec, declared {@code content}
 * counts. Also words the finding, so the three rules describe content the same way.
 */
final class ForbiddenContent {

  private static final int QUOTE_CHARS = 160;

  private ForbiddenContent() {}

  /** Whether the response is known to carry content (body bytes, or declared content in a spec). */
  static boolean isKnownPresent(ResponseView response) {
    return response.content().isPresent();
  }

  /** {@code "carries a 15-byte body"}, or {@code "declares response content"} for a spec. */
  static String describe(ResponseView response) {
    if (response.surface() == Surface.SPEC) {
      return "declares response content";
    }
    long size = response.body().size();
    return size > 0 ? "carries a " + size + "-byte body" : "carries a body";
  }

  /** The start of a recorded body as evidence, or {@code null} when it is not readable text. */
  static String quote(ResponseView response) {
    if (response.surface() != Surface.TRAFFIC) {
      return null;
    }
    Body body = response.body();
    if (!body.isReadable()) {
      return null;
    }
    String text = body.textPrefix(QUOTE_CHARS);
    return looksLikeText(text) ? text : null;
  }

  /** Binary content (images, gzip that was not decoded) makes no useful quote. */
  private static boolean looksLikeText(String text) {
    if (text.isBlank()) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if ((c < 0x20 && c != '\n' && c != '\r' && c != '\t') || c == '\uFFFD') {
        return false;
      }
    }
    return true;
  }
}
