package io.statuslint.rules.status;

import io.statuslint.http.StatusRegistry;
import io.statuslint.rule.FindingSink;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleInfo;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import java.util.regex.Pattern;

/**
 * A status code must be three digits from 100 to 599 (RFC 9110 §15); anything else is not HTTP.
 * No {@code statuses} filter on purpose: the engine hands out-of-range codes only to rules that
 * accept any code.
 */
@RuleInfo(
    id = "status-out-of-range",
    severity = Severity.ERROR,
    on = {Surface.TRAFFIC, Surface.SPEC},
    summary = "A status code outside 100–599.",
    guide = "The five classes",
    rfc = "RFC 9110 §15")
public final class StatusOutOfRange implements Rule {

  private static final Pattern THREE_DIGITS = Pattern.compile("\\d{3}");
  /** OpenAPI range keys: they declare a class, not a code, and are valid only in upper case. */
  private static final Pattern RANGE_KEY = Pattern.compile("[1-5]XX");
  private static final Pattern LOWER_CASE_RANGE_KEY = Pattern.compile("[1-5][xX][xX]");

  @Override
  public void check(ResponseView response, FindingSink findings) {
    String written = response.statusText();
    if (written != null && (RANGE_KEY.matcher(written).matches() || written.equals("default"))) {
      return;
    }
    boolean wellWritten = written == null || THREE_DIGITS.matcher(written).matches();
    if (wellWritten && StatusRegistry.inRange(response.status())) {
      return;
    }
    String shown = written == null ? Integer.toString(response.status()) : written;
    findings.report(
        "status " + shown + " is not a valid HTTP status code: codes are three digits from 100 to 599",
        suggestion(shown),
        null);
  }

  private static Suggestion suggestion(String shown) {
    if (LOWER_CASE_RANGE_KEY.matcher(shown).matches()) {
      return Suggestion.text("write the range key in upper case, " + shown.charAt(0) + "XX, or name the exact code");
    }
    return Suggestion.text("use the registered code that says what happened; run `statuslint codes` to pick one");
  }
}
