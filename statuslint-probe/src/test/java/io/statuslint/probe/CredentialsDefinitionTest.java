package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.traffic.SecretRedactor;
import org.junit.jupiter.api.Test;

/** The probe calls the same fields and parameters secret as recordings do (core's Secrets). */
class CredentialsDefinitionTest {

  @Test
  void theProbeAndTheRecordingsAgreeOnCredentialFields() {
    for (String name : new String[] {"Authorization", "Cookie", "X-Api-Key", "X-Session-Id", "X-Auth-User",
        "Ocp-Apim-Subscription-Key", "X-Tenant", "Accept", "WWW-Authenticate"}) {
      assertThat(Credentials.isCredential(name)).as(name).isEqualTo(SecretRedactor.isSecretHeader(name));
    }
    assertThat(Credentials.from(Headers.of("Ocp-Apim-Subscription-Key", "sub-12345678")).any()).isTrue();
  }

  @Test
  void probedUrlsAreMaskedLikeRecordedOnes() {
    Credentials none = Credentials.from(Headers.of("X-Tenant", "acme"));
    String url = "https://u:pw@api.test/search?keyword=tea&api_key=K-1&pageToken=P-2&page=2";
    Exchange e = none.redact(new Exchange(new HttpRequest("GET", url, Headers.of(), Body.absent(), false), null));
    assertThat(e.request().url()).isEqualTo(SecretRedactor.url(url))
        .isEqualTo("https://u:[redacted]@api.test/search?keyword=tea&api_key=[redacted]&pageToken=[redacted]&page=2");
  }
}
