package io.statuslint.finding;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Evidence is one short line with secrets (as {@code model.Secrets} defines them) and e-mail addresses hidden. */
class EvidenceTest {

  @Test
  void masksCredentialsKeepsSchemesAndHidesEmail() {
    assertThat(Evidence.redact("HTTP/1.1 429 Too Many Requests; X-Auth: Bearer abcdef123456"))
        .isEqualTo("HTTP/1.1 429 Too Many Requests; X-Auth: Bearer [redacted]");
    assertThat(Evidence.redact("{\"refresh_token\": \"r-99999\", \"owner\": \"bob@example.com\"}"))
        .isEqualTo("{\"refresh_token\": \"[redacted]\", \"owner\": \"[email]\"}");
    assertThat(Evidence.redact("cookie: sid=abc123")).isEqualTo("cookie: [redacted]");
  }

  @Test
  void makesOneShortLine() {
    assertThat(Evidence.redact("a\\nb\\tc\n  d")).isEqualTo("a b c d");
    String longText = Evidence.redact("x ".repeat(500));
    assertThat(longText).hasSize(Evidence.MAX_CHARS).endsWith("…");
    assertThat(Evidence.redact(null)).isNull();
  }

  /**
   * The cheap checks that let most evidence skip the patterns must never skip a secret: over random
   * text built from credential-shaped pieces, the result equals running every pattern every time.
   */
  @Test
  void skippingPatternsNeverChangesTheResult() {
    String[] pieces = {"Bearer ", "basic ", "Token ", "abcdef123456", "eyJhbGciOi.eyJzdWIiOj.sig_part",
        "sk_live_0123456789abcdef", "AKIAIOSFODNN7EXAMPLE", "password=", "\"api_key\": \"", "hunter22",
        "session:", "cookie=", " ", "\t", "\n", "\u000B", "x@y.io", "@", "=", ":", "\"", "ok", "é",
        "ghp_abcdefghijklmnop", "\u0001", "\\n", "secret: s3cr3t!"};
    java.util.Random random = new java.util.Random(5);
    for (int n = 0; n < 20_000; n++) {
      StringBuilder b = new StringBuilder();
      int count = random.nextInt(12);
      for (int i = 0; i < count; i++) {
        b.append(pieces[random.nextInt(pieces.length)]);
      }
      String text = b.toString();
      assertThat(Evidence.redact(text)).as("evidence of %s", text).isEqualTo(everyPattern(text));
    }
  }

  /** Evidence.redact without any shortcut: every pattern on every text. */
  private static String everyPattern(String text) {
    String oneLine = text.replace("\\r\\n", " ").replace("\\n", " ").replace("\\t", " ");
    oneLine = oneLine.replaceAll("\\s+", " ").trim();
    if (oneLine.length() > 4 * Evidence.MAX_CHARS) {
      oneLine = oneLine.substring(0, 4 * Evidence.MAX_CHARS);
    }
    String r = oneLine;
    r = java.util.regex.Pattern.compile("\\beyJ[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]{5,}\\.[A-Za-z0-9_-]*")
        .matcher(r).replaceAll("[redacted]");
    r = java.util.regex.Pattern.compile("(?i)\\b(bearer|basic|digest|token)\\s+[A-Za-z0-9._~+/=-]{6,}")
        .matcher(r).replaceAll("$1 [redacted]");
    r = java.util.regex.Pattern.compile("\\b(?:sk|pk|rk|ghp|gho|ghs|xox[abpr]|AKIA)[A-Za-z0-9_-]{12,}\\b")
        .matcher(r).replaceAll("[redacted]");
    r = java.util.regex.Pattern.compile("(?i)((?:api[_-]?key|token|secret|password|passwd|pwd|session(?:id)?"
        + "|authorization|cookie)\"?\\s*[:=]\\s*\"?)([^\"&;,\\s]{3,})").matcher(r).replaceAll("$1[redacted]");
    r = java.util.regex.Pattern.compile("[A-Za-z0-9._%+-]+@[A-Za-z0-9.-]+\\.[A-Za-z]{2,}").matcher(r)
        .replaceAll("[email]");
    return r.length() > Evidence.MAX_CHARS ? r.substring(0, Evidence.MAX_CHARS - 1) + "…" : r;
  }
}
