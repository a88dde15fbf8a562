package io.statuslint.rules.headers;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.Suggestion;

/**
 * The shared decision of every "this code needs that header" rule: fire when the header is known to
 * be absent (recorded without it, or a spec response that does not declare it), never when its
 * presence is unknown. Subclasses name the header, say why, and may exempt special cases.
 */
abstract class MissingHeaderRule implements Rule {

  private final String header;

  protected MissingHeaderRule(String header) {
    this.header = header;
  }

  @Override
  public final void check(ResponseView response, FindingSink findings) {
    if (response.header(header).isAbsent() && !exempt(response)) {
      findings.report(message(response), suggestion(response));
    }
  }

  /** Cases the rule's wording excludes, e.g. 206 with multipart/byteranges. */
  protected boolean exempt(ResponseView response) {
    return false;
  }

  protected abstract String message(ResponseView response);

  protected abstract Suggestion suggestion(ResponseView response);
}
