package io.statuslint.rules.bodies;

import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;

/**
 * 204 and 205 end at the header section (RFC 9110 §15.3.5, §15.3.6): bytes after it are read as the
 * start of the next response on a kept-alive connection. A non-zero Content-Length announces such
 * bytes even where the body was not recorded. {@code Content-Length: 0} is tolerated: RFC 9110 §8.6
 * advises against it, but it announces nothing.
 */
@RuleInfo(
    id = "no-content-body",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "204 No Content or 205 Reset Content carries content.",
    guide = "2xx — Success: 204 No Content, 205 Reset Content",
    rfc = "RFC 9110 §15.3.5, §15.3.6",
    statuses = {204, 205})
public final class NoContentWithBody implements Rule {

  @Override
  public void check(ResponseView response, FindingSink findings) {
    int code = response.status();
    if (code != 204 && code != 205) {
      return;
    }
    String label = code == 204 ? "204 No Content" : "205 Reset Content";
    Suggestion fix = Suggestion.code(200, "send the " + code + " without a body, or answer 200 OK if the"
        + " client needs the content");
    if (ForbiddenContent.isKnownPresent(response)) {
      findings.report(label + " " + ForbiddenContent.describe(response) + ", but a " + code
          + " response never has content", fix, ForbiddenContent.quote(response));
      return;
    }
    String contentLength = response.headerValue("Content-Length");
    if (announcesContent(contentLength)) {
      findings.report(label + " sends Content-Length: " + contentLength.trim() + ", announcing content a "
          + code + " response cannot have", fix, "Content-Length: " + contentLength.trim());
    }
  }

  /**
   * Whether a Content-Length value is a non-zero length. A list of equal values ({@code "12, 12"},
   * RFC 9110 §8.6) counts by its value; a malformed value is not this rule's business.
   */
  static boolean announcesContent(String contentLength) {
    if (contentLength == null) {
      return false;
    }
    for (String part : contentLength.split(",")) {
      String digits = part.trim();
      if (!digits.isEmpty() && digits.chars().allMatch(Character::isDigit)
          && digits.chars().anyMatch(c -> c != '0')) {
        return true;
      }
    }
    return false;
  }
}
