package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import org.junit.jupiter.api.Test;

class CredentialsTest {

  private final Credentials creds = Credentials.from(Headers.of(
      "Authorization", "Bearer tok-123456", "X-Api-Key", "k-abcdef", "Cookie", "sid=s-998877; theme=dark",
      "X-Tenant", "acme"));

  @Test
  void credentialFieldsAreRecognisedAndCanBeLeftOut() {
    assertThat(creds.any()).isTrue();
    Headers without = creds.userHeaders(false);
    assertThat(without.size()).isEqualTo(1);
    assertThat(without.first("X-Tenant")).isEqualTo("acme");
    assertThat(Credentials.from(Headers.of("X-Tenant", "acme")).any()).isFalse();
  }

  @Test
  void secretsAreRedactedWhereverTheyAppear() {
    HttpRequest req = new HttpRequest("GET", "https://api.test/a?access_token=tok-123456&page=2",
        Headers.of("Authorization", "Bearer tok-123456", "X-Tenant", "acme"), Body.absent(), false);
    HttpResponse resp = new HttpResponse(200, "OK",
        Headers.of("Set-Cookie", "sid=s-998877; Path=/; HttpOnly", "X-Echo", "key k-abcdef"),
        Body.ofText("{\"token\":\"tok-123456\",\"cookie\":\"s-998877\"}"));
    Exchange e = creds.redact(new Exchange(req, resp));
    String all = e.request().url() + e.request().headers() + e.response().headers() + e.response().body().text();
    assertThat(all).doesNotContain("tok-123456", "k-abcdef", "s-998877");
    assertThat(e.request().url()).isEqualTo("https://api.test/a?access_token=[redacted]&page=2");
    assertThat(e.request().headers().first("X-Tenant")).isEqualTo("acme");
    assertThat(e.response().headers().first("Set-Cookie")).isEqualTo("sid=[redacted]; Path=/; HttpOnly");
  }

  @Test
  void textWithoutSecretsIsLeftAlone() {
    assertThat(creds.redact("theme=dark, page 2")).isEqualTo("theme=dark, page 2");
  }
}
