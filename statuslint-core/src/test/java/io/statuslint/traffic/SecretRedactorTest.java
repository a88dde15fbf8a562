package io.statuslint.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Headers;
import org.junit.jupiter.api.Test;

class SecretRedactorTest {

  @Test
  void masksCredentialValuesAndKeepsNamesSchemesAndOrder() {
    Headers h = Headers.of("Accept", "application/json", "Authorization", "Bearer eyJabc.def.ghi",
        "Cookie", "sid=123; theme=dark", "X-API-Key", "k-123", "X-Request-Id", "r1");
    Headers r = SecretRedactor.headers(h);
    assertThat(r.name(1)).isEqualTo("Authorization");
    assertThat(r.value(1)).isEqualTo("Bearer [redacted]");
    assertThat(r.value(2)).isEqualTo("sid=[redacted]; theme=[redacted]");
    assertThat(r.value(3)).isEqualTo("[redacted]");
    assertThat(r.value(0)).isEqualTo("application/json");
    assertThat(r.value(4)).isEqualTo("r1");
  }

  @Test
  void setCookieKeepsItsAttributes() {
    Headers r = SecretRedactor.headers(Headers.of("Set-Cookie", "SESSION=abc; Path=/; HttpOnly"));
    assertThat(r.value(0)).isEqualTo("SESSION=[redacted]; Path=/; HttpOnly");
  }

  @Test
  void leavesHeadersWithoutSecretsAsTheyAre() {
    Headers h = Headers.of("Content-Type", "text/plain", "WWW-Authenticate", "Bearer realm=\"api\"");
    assertThat(SecretRedactor.headers(h)).isSameAs(h);
  }

  @Test
  void masksSecretQueryParametersAndUserInfoPasswords() {
    assertThat(SecretRedactor.url("https://api.test/v1/items?api_key=abc&page=2&access_token=t#frag"))
        .isEqualTo("https://api.test/v1/items?api_key=[redacted]&page=2&access_token=[redacted]#frag");
    assertThat(SecretRedactor.url("http://user:pw@host/x")).isEqualTo("http://user:[redacted]@host/x");
    assertThat(SecretRedactor.url("/orders?sort=asc&keyword=tea")).isEqualTo("/orders?sort=asc&keyword=tea");
    assertThat(SecretRedactor.url("/a?apiKey=1")).isEqualTo("/a?apiKey=[redacted]");
  }
}
