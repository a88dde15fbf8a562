package io.statuslint.rules.headers;

import io.statuslint.rule.ResponseView;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/** A 201 should say where the new resource is (RFC 9110 §15.3.2; guide, 2xx table). */
@RuleInfo(
    id = "created-location",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "201 Created without a Location header.",
    guide = "2xx — Success: 201 Created",
    rfc = "RFC 9110 §15.3.2",
    statuses = 201)
public final class CreatedNeedsLocation extends MissingHeaderRule {

  public CreatedNeedsLocation() {
    super("Location");
  }

  @Override
  protected String message(ResponseView response) {
    return "201 Created without a Location header: the client cannot tell where the new resource is";
  }

  @Override
  protected Suggestion suggestion(ResponseView response) {
    return Suggestion.text("add Location with the URI of the created resource");
  }
}
