package io.statuslint.rules.headers;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.statuslint.model.Body;
import io.statuslint.model.MediaTypes;
import io.statuslint.rule.ResponseView;
import java.io.IOException;

/**
 * Looks for a URL-valued member near the top of a JSON body: a string, at most two objects deep,
 * that is an absolute http(s) URI or an absolute-path reference. A 202 may point at its status
 * monitor that way instead of with a header (RFC 9110 §15.3.3).
 *
 * <p>Depth counts enclosing objects; arrays add none, so {@code {"links": [{"href": "/jobs/1"}]}}
 * holds a URL at depth 2, like {@code {"job": {"href": "/jobs/1"}}}. Hypermedia link containers
 * ({@code _links} of HAL, {@code links} of JSON:API) add no depth either: {@code
 * {"_links": {"status": {"href": "/jobs/1"}}}} plainly names a monitor. The body is streamed, at most
 * {@link #MAX_CHARS} characters of it, and parsing stops at the first URL found.
 *
 * <p>The answer is three-valued. A body that is absent, not JSON, or invalid JSON holds no URL
 * member. A body that was not recorded, or a prefix (truncated, or beyond our bound) that ends
 * before the top-level value does, may hold one further on: that is {@link Presence#UNKNOWN}, so
 * the rule stays silent.
 */
final class JsonUrlMembers {

  /** Whether a URL member is there. */
  enum Presence {
    FOUND,
    NONE,
    UNKNOWN
  }

  static final int MAX_CHARS = 64 * 1024;
  private static final int MAX_DEPTH = 2;
  private static final JsonFactory JSON = new JsonFactory();

  private JsonUrlMembers() {}

  static Presence in(ResponseView response) {
    switch (response.content()) {
      case ABSENT:
        return Presence.NONE;
      case UNKNOWN:
        return Presence.UNKNOWN;
      default:
        break;
    }
    Body body = response.body();
    if (!body.isReadable()) {
      return Presence.UNKNOWN;
    }
    String mediaType = response.mediaType();
    if (mediaType != null && !MediaTypes.isTextual(mediaType)) {
      return Presence.NONE; // an image or a PDF has no JSON members; do not decode it as text
    }
    String text = body.textPrefix(MAX_CHARS + 1);
    boolean complete = body.isComplete() && text.length() <= MAX_CHARS;
    if (!complete) {
      text = text.substring(0, Math.min(text.length(), MAX_CHARS));
    }
    if (!MediaTypes.isJson(mediaType) && !looksLikeJson(text)) {
      return Presence.NONE;
    }
    return scan(text, complete);
  }

  /** A JSON body under a missing or generic type (text/plain) still counts as one. */
  private static boolean looksLikeJson(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (!Character.isWhitespace(c)) {
        return c == '{' || c == '[';
      }
    }
    return false;
  }

  static Presence scan(String text, boolean complete) {
    int objects = 0;
    int open = 0;
    long linkContainers = 0; // bit n set: the container opened at nesting n is a link container
    try (JsonParser parser = JSON.createParser(text)) {
      JsonToken token;
      while ((token = parser.nextToken()) != null) {
        switch (token) {
          case START_OBJECT:
            if (isLinkContainer(parser.currentName()) && open < 64) {
              linkContainers |= 1L << open;
              open++;
            } else if (objects == MAX_DEPTH) {
              parser.skipChildren(); // its strings would be deeper than the rule looks
            } else {
              objects++;
              open++;
            }
            break;
          case START_ARRAY:
            open++;
            break;
          case END_OBJECT:
            open--;
            if (open < 64 && (linkContainers & (1L << open)) != 0) {
              linkContainers &= ~(1L << open);
            } else {
              objects--;
            }
            break;
          case END_ARRAY:
            open--;
            break;
          case VALUE_STRING:
            if (isUrl(parser.getText())) {
              return Presence.FOUND;
            }
            break;
          default:
            break;
        }
        if (open == 0) {
          return Presence.NONE; // the top-level value is complete: nothing after it counts
        }
      }
      return complete ? Presence.NONE : Presence.UNKNOWN;
    } catch (IOException invalidOrCut) {
      // Invalid JSON holds no members; but a prefix may only look invalid because it was cut.
      return complete ? Presence.NONE : Presence.UNKNOWN;
    }
  }

  private static boolean isLinkContainer(String name) {
    return "_links".equals(name) || "links".equals(name);
  }

  /** An absolute http(s) URI or an absolute-path reference; a bare id ("42", "job-7") is neither. */
  static boolean isUrl(String value) {
    return UriReferences.isAbsolutePath(value) || UriReferences.isAbsoluteHttp(value);
  }
}
