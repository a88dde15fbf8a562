package io.statuslint.rules.bodies;

import io.statuslint.detect.AcceptHeader;
import io.statuslint.detect.ProblemDetails;
import io.statuslint.detect.StaticAssets;
import io.statuslint.model.MediaTypes;
import io.statuslint.model.ResourceHint;
import io.statuslint.rule.Fact;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * An API's 4xx/5xx body should be Problem Details (RFC 9457), so every client parses every error the
 * same way (guide, "Using them well": a safe Problem Details body).
 *
 * <p>Browser traffic is left alone where HTML is the right answer: navigations (the request's Accept
 * ranks HTML highest, or the recorder says "document") and static assets. When the request's Accept
 * was not recorded and nothing says the request was an API call, a navigation cannot be ruled out,
 * so the rule stays silent. A spec view should report {@link ResourceHint#API}: everything a spec
 * describes is an API response.
 */
@RuleInfo(
    id = "error-problem-details",
    severity = Severity.WARNING,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A 4xx/5xx response whose body is not Problem Details.",
    guide = "Using them well: pair the code with a safe Problem Details body",
    rfc = "RFC 9457 §3",
    statusClasses = {4, 5})
public final class ErrorBodyNotProblemDetails implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    int status = response.status();
    if (status < 400 || status > 599 || !response.content().isPresent() || "HEAD".equals(response.method())) {
      return;
    }
    String mediaType = response.mediaType();
    if (ProblemDetails.isProblemMediaType(mediaType) || browserWantsSomethingElse(response)) {
      return;
    }
    findings.report(message(response.statusText(), mediaType),
        Suggestion.text("send the error as application/problem+json (RFC 9457) with type, title, status "
            + "and detail"),
        mediaType == null ? null : "Content-Type: " + response.headerValue("Content-Type"));
  }

  /** A navigation or a static asset: HTML or nothing is what the browser wants back. */
  private static boolean browserWantsSomethingElse(ResponseView response) {
    ResourceHint hint = response.resourceHint();
    if (hint == ResourceHint.DOCUMENT || hint == ResourceHint.STATIC_ASSET
        || StaticAssets.hasAssetExtension(response.url())) {
      return true;
    }
    Fact accept = response.requestHeader("Accept");
    if (accept.isPresent()) {
      String value = response.requestHeaderValue("Accept");
      return AcceptHeader.prefersHtml(value) || AcceptHeader.prefersStaticAsset(value);
    }
    return accept == Fact.UNKNOWN && hint != ResourceHint.API;
  }

  private static String message(String status, String mediaType) {
    if (mediaType == null) {
      return status + " response carries a body without a Content-Type, not Problem Details";
    }
    if (MediaTypes.isHtml(mediaType)) {
      return status + " response to an API request is an HTML page, not Problem Details";
    }
    return status + " response body is " + mediaType + ", not Problem Details (application/problem+json)";
  }
}
