package io.statuslint.rules.headers;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.Suggestion;

/**
 * The shared decision of every "this code needs that header" rule: fire when the header is known to
 * be absent (recorded without it, or a spec response that does not declare it), never when its
 * presence is unknown. Subclasses name the header, say why, and may exempt special cases.
 *
 * <p>Where any of several headers will do (a 202 may point at its monitor with Location,
 * Content-Location or Link), the rule fires only when every one of them is known to be absent.
 */
abstract class MissingHeaderRule implements Rule {

  private final String[] headers;

  protected MissingHeaderRule(String header, String... alternatives) {
    this.headers = new String[alternatives.length + 1];
    this.headers[0] = header;
    System.arraycopy(alternatives, 0, this.headers, 1, alternatives.length);
  }

  @Override
  public final void check(ResponseView response, FindingSink findings) {
    if (allAbsent(response) && !exempt(response)) {
      findings.report(message(response), suggestion(response));
    }
  }

  private boolean allAbsent(ResponseView response) {
    for (String header : headers) {
      if (!response.header(header).isAbsent()) {
        return false;
      }
    }
    return true;
  }

  /** Cases the rule's wording excludes, e.g. 206 with multipart/byteranges. */
  protected boolean exempt(ResponseView response) {
    return false;
  }

  protected abstract String message(ResponseView response);

  protected abstract Suggestion suggestion(ResponseView response);
}
