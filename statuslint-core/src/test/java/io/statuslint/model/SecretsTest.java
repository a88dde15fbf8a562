package io.statuslint.model;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The one definition of a secret that recordings, evidence and the probe share. */
class SecretsTest {

  @Test
  void headerFieldsThatCarryCredentials() {
    for (String name : new String[] {"Authorization", "Proxy-Authorization", "Cookie", "Set-Cookie", "X-API-Key",
        "X-Auth-Token", "X-Auth-User", "X-Session-Id", "X-Refresh-Token", "Signature", "X-Client-Secret",
        "Ocp-Apim-Subscription-Key", "x-amz-security-token"}) {
      assertThat(Secrets.isSecretHeader(name)).as(name).isTrue();
    }
  }

  @Test
  void challengesAndOrdinaryFieldsAreNotSecrets() {
    for (String name : new String[] {"WWW-Authenticate", "Proxy-Authenticate", "Authentication-Info", "Accept",
        "Content-Type", "X-Request-Id", "X-Tenant", "Retry-After", "Location", "Keep-Alive"}) {
      assertThat(Secrets.isSecretHeader(name)).as(name).isFalse();
    }
  }

  @Test
  void queryParametersThatCarryCredentials() {
    for (String name : new String[] {"api_key", "apiKey", "partner_api_key", "key", "access_token", "accessToken",
        "code", "sig", "X-Amz-Signature", "X-Goog-Signature", "PHPSESSID", "client_secret", "new_password"}) {
      assertThat(Secrets.isSecretParameter(name)).as(name).isTrue();
    }
    for (String name : new String[] {"keyword", "author", "design", "page", "sort", "q", "monkey", "sessions"}) {
      assertThat(Secrets.isSecretParameter(name)).as(name).isFalse();
    }
  }

  @Test
  void credentialValuesInTextAreMaskedAndTheirNamesKept() {
    assertThat(Secrets.redactText("Authorization: Bearer abcdef123456")).doesNotContain("abcdef123456")
        .contains("Authorization:");
    assertThat(Secrets.redactText("sent Bearer abcdef123456")).isEqualTo("sent Bearer [redacted]");
    assertThat(Secrets.redactText("{\"access_token\":\"tok-123456\"}")).isEqualTo("{\"access_token\":\"[redacted]\"}");
    assertThat(Secrets.redactText("password=hunter2&user=bob")).isEqualTo("password=[redacted]&user=bob");
    assertThat(Secrets.redactText("jwt eyJhbGciOi.eyJzdWIiOi.c2lnbmF0dXJl")).isEqualTo("jwt [redacted]");
    assertThat(Secrets.redactText("key sk_live_abcdefghijklmnop")).isEqualTo("key [redacted]");
  }

  @Test
  void ordinaryValuesInTextStay() {
    String body = "{\"code\":\"ORDER_NOT_FOUND\",\"keyword\":\"tea\",\"status\":404,\"signature\":\"J. Doe\"}";
    assertThat(Secrets.redactText(body)).isEqualTo(body);
    assertThat(Secrets.isAuthScheme("Bearer")).isTrue();
    assertThat(Secrets.isAuthScheme("tok-123456")).isFalse();
  }
}
