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
}
