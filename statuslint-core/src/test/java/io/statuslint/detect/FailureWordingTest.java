package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureWordingTest {

  @Test
  void mapsWordingToCodes() {
    assertThat(FailureWording.suggestedCode("channel_not_found")).isEqualTo(404);
    assertThat(FailureWording.suggestedCode("token expired")).isEqualTo(401);
    assertThat(FailureWording.suggestedCode("Permission denied for project 9")).isEqualTo(403);
    assertThat(FailureWording.suggestedCode("Method not allowed")).isEqualTo(405);
    assertThat(FailureWording.suggestedCode("Email has already been taken")).isEqualTo(409);
    assertThat(FailureWording.suggestedCode("RATE_LIMITED: too many requests")).isEqualTo(429);
    assertThat(FailureWording.suggestedCode("Unable to communicate with database")).isEqualTo(500);
    assertThat(FailureWording.suggestedCode("email must be an email")).isEqualTo(400);
    assertThat(FailureWording.suggestedCode("Upstream inventory service unavailable")).isEqualTo(503);
  }

  @Test
  void staysSilentWhenTheWordingDoesNotSay() {
    assertThat(FailureWording.suggestedCode("Insufficient funds")).isNull();
    assertThat(FailureWording.suggestedCode("")).isNull();
    assertThat(FailureWording.suggestedCode(null)).isNull();
  }
}
