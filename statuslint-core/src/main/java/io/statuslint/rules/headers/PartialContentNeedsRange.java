package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A single-part 206 must say which range it carries (RFC 9110 §15.3.7.1 MUST; guide, 2xx table).
 * A multipart/byteranges 206 puts a Content-Range in each part instead (§15.3.7.2), so it is exempt.
 */
@RuleInfo(
    id = "partial-content-range",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "206 Partial Content without a Content-Range header (and not multipart/byteranges).",
    guide = "2xx — Success: 206 Partial Content",
    rfc = "RFC 9110 §15.3.7",
    statuses = 206)
public final class PartialContentNeedsRange extends MissingHeaderRule {

  public PartialContentNeedsRange() {
    super("Content-Range");
  }

  @Override
  protected boolean exempt(ResponseView response) {
    return "multipart/byteranges".equals(response.mediaType());
  }

  @Override
  protected String message(ResponseView response) {
    return "206 Partial Content without a Content-Range header: the client cannot tell which part it got";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Content-Range: bytes <first>-<last>/<length>, or send several ranges"
        + " as multipart/byteranges");
  }
}
