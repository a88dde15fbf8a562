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

  /** OpenAPI range keys in any case: they declare a class, not a code, and are valid only as 1XX–5XX. */
  private static final Pattern LOWER_CASE_RANGE_KEY = Pattern.compile("[1-5][xX][xX]");

  @Override
  public void check(ResponseView response, FindingSink findings) {
    String written = response.statusText();
    // Every response passes here, so the written form is judged character by character.
    if (written != null && (isRangeKey(written) || written.equals("default"))) {
      return;
    }
    boolean wellWritten = written == null || isThreeDigits(written);
    if (wellWritten && StatusRegistry.inRange(response.status())) {
      return;
    }
    String shown = written == null ? Integer.toString(response.status()) : written;
    findings.report(
        "status " + shown + " is not a valid HTTP status code: codes are three digits from 100 to 599",
        suggestion(shown),
        null);
  }

  /** {@code 1XX} to {@code 5XX}, upper case only. */
  private static boolean isRangeKey(String s) {
    return s.length() == 3 && s.charAt(0) >= '1' && s.charAt(0) <= '5' && s.charAt(1) == 'X' && s.charAt(2) == 'X';
  }

  /** Exactly three ASCII digits (a status written 2000, 20 or 2O0 is not one). */
  private static boolean isThreeDigits(String s) {
    if (s.length() != 3) {
      return false;
    }
    for (int i = 0; i < 3; i++) {
      if (s.charAt(i) < '0' || s.charAt(i) > '9') {
        return false;
      }
    }
    return true;
  }

  private static Suggestion suggestion(String shown) {
    if (LOWER_CASE_RANGE_KEY.matcher(shown).matches()) {
      return Suggestion.text("write the range key in upper case, " + shown.charAt(0) + "XX, or name the exact code");
    }
    return Suggestion.text("use the registered code that says what happened; run `statuslint codes` to pick one");
  }
}
