package io.statuslint.rules.bodies;

import io.statuslint.detect.DeclaredBody;
import io.statuslint.detect.ErrorEnvelopeDetector;
import io.statuslint.detect.ErrorFields;
import io.statuslint.detect.ErrorEnvelopeDetector.Signal;
import io.statuslint.detect.ErrorEnvelopeDetector.Verdict;
import io.statuslint.detect.ProblemDetails;
import io.statuslint.http.StatusRegistry;
import io.statuslint.model.Urls;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * A 2xx whose body says the request failed hides the failure from every client, cache and monitor
 * that reads the status line (guide, "Using them well": never 200 for a failed request).
 *
 * <p>Traffic and spec examples are judged by {@link ErrorEnvelopeDetector#inspect} on the body. A
 * spec response without an example is judged through {@link DeclaredBody}, if its view implements
 * it: a schema shared with a 4xx/5xx response, a Problem Details media type, or {@code success}/
 * {@code ok} pinned to false.
 *
 * <p>A project may name its own error members ({@code patterns: error-fields: [fault]}): a non-empty one
 * reports a failure as {@code error} does.
 */
@RuleInfo(
    id = "success-with-error-body",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A 2xx response whose body reports a failure.",
    guide = "Using them well: never 200 for a failed request",
    rfc = "RFC 9110 §15.3",
    statusClasses = 2,
    supersedes = "status-meaning-mismatch")
public final class SuccessWithErrorBody implements Rule {

  private final ErrorFields errorFields;

  /** With the built-in envelope vocabulary only. */
  public SuccessWithErrorBody() {
    this(ErrorFields.NONE);
  }

  /** With a project's own error members besides the built-in vocabulary. */
  public SuccessWithErrorBody(ErrorFields errorFields) {
    this.errorFields = errorFields;
  }

  @Override
  public void check(ResponseView response, FindingSink findings) {
    int status = response.status();
    if (status < 200 || status > 299) {
      return;
    }
    Verdict verdict = ErrorEnvelopeDetector.inspect(response.body(), response.mediaType(), errorFields);
    if (verdict == null && response instanceof DeclaredBody declared) {
      verdict = judgeDeclared(declared, response.mediaType());
    }
    if (verdict == null || errorsAreTheResource(verdict, response)) {
      return;
    }
    findings.report(response.statusText() + " response reports a failure in its body: " + verdict.reason(),
        suggestion(response.statusText(), verdict.suggestedCode()), verdict.evidence());
  }

  /**
   * A resource that is itself a list of errors ({@code GET /repos/o/r/codeowners/errors}, a
   * validation report) answers {@code {"errors": [...]}} on success: the path names what the
   * member holds, so the member is data, not a failure. Found in GitHub's spec.
   */
  private static boolean errorsAreTheResource(Verdict verdict, ResponseView response) {
    if (verdict.signal() != Signal.ERRORS_MEMBER && verdict.signal() != Signal.ERROR_MEMBER) {
      return false;
    }
    String path = response.url() == null ? "" : Urls.path(response.url());
    while (path.endsWith("/") && path.length() > 1) {
      path = path.substring(0, path.length() - 1);
    }
    String last = path.substring(path.lastIndexOf('/') + 1).toLowerCase(java.util.Locale.ROOT);
    return last.equals("errors") || last.equals("error") || last.equals("failures");
  }

  /** RULES.md, spec side: what a schema can say without an example. */
  private static Verdict judgeDeclared(DeclaredBody declared, String mediaType) {
    if (declared.sharedWithErrorResponse()) {
      return new Verdict(Signal.SHARED_ERROR_SCHEMA,
          "its schema is also one of the operation's error response schemas", null, null);
    }
    if (ProblemDetails.isProblemMediaType(mediaType)) {
      return new Verdict(Signal.PROBLEM_DETAILS, "it is declared as Problem Details (" + mediaType + ")",
          null, null);
    }
    Verdict v = ErrorEnvelopeDetector.judgeMembers(declared.declaredMembers());
    return v != null && v.signal() == Signal.FLAG_FALSE ? v : null;
  }

  private static Suggestion suggestion(String status, Integer code) {
    if (code != null) {
      return Suggestion.code(code, "return " + StatusRegistry.label(code) + " instead of " + status
          + ", with the error as Problem Details");
    }
    return Suggestion.text("return the 4xx or 5xx status the failure deserves (4xx if the caller can fix it, "
        + "5xx if the server failed), with the error as Problem Details");
  }
}
