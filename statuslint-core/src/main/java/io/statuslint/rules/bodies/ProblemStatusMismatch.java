package io.statuslint.rules.bodies;

import io.statuslint.detect.DeclaredBody;
import io.statuslint.detect.JsonMember;
import io.statuslint.detect.ProblemDetails;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A problem's {@code status} member must repeat the response's status code (RFC 9457 §3.1.2):
 * generators MUST use the same one, and a client cannot tell which of two codes to believe.
 *
 * <p>A problem body on a 2xx is {@code success-with-error-body}'s finding (the defect is the 2xx),
 * so this rule leaves 2xx responses alone. A {@code status} that is no integer is
 * {@code problem-details-invalid}'s.
 */
@RuleInfo(
    id = "problem-status-mismatch",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A Problem Details body whose status differs from the response's status code.",
    guide = "Using them well: pair the code with a safe Problem Details body",
    rfc = "RFC 9457 §3.1.2")
public final class ProblemStatusMismatch implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    int status = response.status();
    String mediaType = response.mediaType();
    if ((status >= 200 && status <= 299) || !ProblemDetails.isProblemMediaType(mediaType)) {
      return;
    }
    Integer stated = null;
    String evidence = null;
    ProblemDetails problem = ProblemDetails.of(response);
    if (problem != null) {
      stated = problem.status();
      evidence = problem.statusEvidence();
    } else if (response instanceof DeclaredBody declared) {
      for (JsonMember m : declared.declaredMembers()) {
        if (m.name().equals("status")) {
          stated = m.intValue(); // a schema that pins status with const or a one-value enum
          evidence = m.quote();
        }
      }
    }
    if (stated != null && !matches(response, stated)) {
      findings.report("problem body says status " + stated + " but the response is " + response.statusText(),
          Suggestion.text("send the same code in the status line and in the body's \"status\" member"),
          evidence);
    }
  }

  /**
   * A spec's range ({@code 4XX}) matches any code of its class, and its {@code default} any 4xx or
   * 5xx; an exact code only itself.
   */
  private static boolean matches(ResponseView response, int stated) {
    int status = response.status();
    if (response.exactStatus()) {
      return stated == status;
    }
    if ("default".equals(response.statusText())) {
      return stated >= 400 && stated <= 599;
    }
    return stated / 100 == status / 100;
  }
}
