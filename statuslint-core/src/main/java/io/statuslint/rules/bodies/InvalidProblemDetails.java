package io.statuslint.rules.bodies;

import io.statuslint.detect.DeclaredBody;
import io.statuslint.detect.JsonBody;
import io.statuslint.detect.ProblemDetails;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.List;

/**
 * A problem+json body must be a JSON object whose standard members have the types RFC 9457 §3.1
 * gives them. Consumers ignore members of the wrong type, so the error loses its meaning (a warning,
 * per RULES.md). A truncated body is judged only on what was recorded: never "not JSON".
 */
@RuleInfo(
    id = "problem-details-invalid",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A problem+json body that is not a JSON object, or whose standard members have the wrong type.",
    guide = "Using them well: pair the code with a safe Problem Details body",
    rfc = "RFC 9457 §3.1")
public final class InvalidProblemDetails implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    String mediaType = response.mediaType();
    if (!ProblemDetails.JSON_TYPE.equals(mediaType)) {
      return;
    }
    ProblemDetails problem = ProblemDetails.of(response);
    List<String> errors;
    if (problem != null) {
      if (problem.outcome().isKnownNotObject()) {
        findings.report("problem+json body " + notAnObject(problem.outcome()) + ", not a JSON object",
            Suggestion.text("send one JSON object with type, title, status, detail and instance members"),
            response.body().textPrefix(80));
        return;
      }
      errors = problem.typeErrors();
    } else if (response instanceof DeclaredBody declared) {
      errors = ProblemDetails.memberTypeErrors(declared.declaredMembers());
    } else {
      return;
    }
    if (!errors.isEmpty()) {
      findings.report("problem+json members have the wrong type: " + String.join("; ", errors),
          Suggestion.text("make type and instance URI-reference strings, status an integer, title and detail "
              + "strings; put anything else in extension members"),
          null);
    }
  }

  private static String notAnObject(JsonBody.Outcome outcome) {
    switch (outcome) {
      case ARRAY:
        return "is a JSON array";
      case SCALAR:
        return "is a JSON string, number or literal";
      case EMPTY:
        return "is blank";
      default:
        return "is not valid JSON";
    }
  }
}
