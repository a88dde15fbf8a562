package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A 416 should tell the client how long the representation is, so it can ask again for a range
 * that exists (RFC 9110 §15.5.17 SHOULD, hence a warning; guide, 4xx table).
 */
@RuleInfo(
    id = "range-not-satisfiable-range",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "416 Range Not Satisfiable without a Content-Range header (bytes */LENGTH).",
    guide = "4xx — Client error: 416 Range Not Satisfiable",
    rfc = "RFC 9110 §15.5.17",
    statuses = 416)
public final class RangeNotSatisfiableNeedsRange extends MissingHeaderRule {

  public RangeNotSatisfiableNeedsRange() {
    super("Content-Range");
  }

  @Override
  protected String message(ResponseView response) {
    return "416 Range Not Satisfiable without a Content-Range header: the client is not told the"
        + " current length";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Content-Range: bytes */<length>");
  }
}
