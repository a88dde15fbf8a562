package io.statuslint.rule;

import io.statuslint.model.Body;
import io.statuslint.model.ResourceHint;
import java.util.function.Function;

/**
 * What a rule may know about one response, whether it was recorded (traffic) or declared (spec).
 * Every fact is three-valued: a rule fires on what is known to be wrong, never on what was not
 * recorded. One rule class therefore judges a HAR entry and an OpenAPI response alike: "201 without
 * Location" is the same defect in both, and the view hides how each surface knows it.
 */
public interface ResponseView {

  Surface surface();

  /**
   * The status code: the raw number sent or declared (may be out of range). For a spec response
   * that is not one exact code (see {@link #exactStatus()}): the class's x00 for a range such as
   * {@code 4XX}; 500 for {@code default}, which stands for the error classes (RULES.md: it counts as
   * 4xx/5xx); and -1 for a key that is no status code at all (e.g. {@code 2xx} in lower case).
   */
  int status();

  /**
   * The status as the input wrote it, for messages: a spec's response key ({@code "404"},
   * {@code "4XX"}, {@code "2xx"}, {@code "600"}, {@code "default"}), which may not be a number at
   * all. Traffic has only the number. Messages should quote this rather than {@link #status()}.
   */
  default String statusText() {
    return Integer.toString(status());
  }

  /**
   * Whether {@link #status()} is the exact code of this response. Always true for traffic. False for
   * a spec's range key ({@code 4XX}: status() is then 400, the class's representative), for
   * {@code default}, and for a key that is no code at all. The engine then runs only the rules that
   * judge whole classes (or any status), never per-code rules; such a rule must not compare status()
   * with a number found elsewhere (a problem body's {@code status}) as if it were exact, and should
   * quote {@link #statusText()} in its messages.
   */
  default boolean exactStatus() {
    return true;
  }

  /** The request method, upper case; {@code null} where unknown. */
  String method();

  /** The request URL (traffic) or the path template (spec); {@code null} where unknown. */
  String url();

  /** Whether the response has the header field. A spec response lacks what it does not declare. */
  Fact header(String name);

  /** The first value of the header field, or {@code null} when absent or its value is not known. */
  String headerValue(String name);

  /** Whether the request carried the header field; {@link Fact#UNKNOWN} when there is no request. */
  Fact requestHeader(String name);

  /** The first value of the request header field, or {@code null}. */
  String requestHeaderValue(String name);

  /**
   * Whether the response carries content: body bytes for traffic, declared {@code content} for a
   * spec. For traffic, HEAD and 304 bodies follow RULES.md: a Content-Length alone is not content.
   */
  Fact content();

  /**
   * The response body as recorded. For a spec response: its example (serialised as JSON), or
   * {@link Body#unknown()} when it declares none.
   */
  Body body();

  /** The media type of the response (Content-Type without parameters, lower case), or {@code null}. */
  String mediaType();

  /**
   * Prose that states the response's meaning: a spec response's {@code description}. Traffic has
   * none ({@code null}); message rules read the body instead.
   */
  default String description() {
    return null;
  }

  /**
   * A fact that several rules derive from this response (its error message and what it means, its
   * top-level JSON members), computed once per response instead of once per rule. {@code key}
   * identifies the derivation. Views that keep no state compute it each time.
   */
  default <T> T derived(Object key, Function<ResponseView, T> compute) {
    return compute.apply(this);
  }

  /** What kind of resource the request fetched, where the recorder said so. */
  default ResourceHint resourceHint() {
    return ResourceHint.UNKNOWN;
  }
}
