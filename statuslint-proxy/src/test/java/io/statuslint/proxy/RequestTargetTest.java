package io.statuslint.proxy;

import static org.assertj.core.api.Assertions.assertThat;

import io.netty.handler.codec.http.HttpMethod;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RequestTargetTest {

  private final RequestTarget targets = new RequestTarget(Set.of("127.0.0.1:9090", "localhost:9090"));

  @Test
  void originFormPassesAndAbsoluteFormOnlyForTheProxysOwnAuthority() {
    assertThat(targets.decide(HttpMethod.GET, "/a?b").originForm()).isEqualTo("/a?b");
    assertThat(targets.decide(HttpMethod.GET, "http://LOCALHOST:9090/x?y=1").originForm()).isEqualTo("/x?y=1");
    assertThat(targets.decide(HttpMethod.GET, "http://localhost:9090").originForm()).isEqualTo("/");
    assertThat(targets.decide(HttpMethod.GET, "http://evil.test/x").status()).isEqualTo(421);
    assertThat(targets.decide(HttpMethod.GET, "http://127.0.0.1:9091/x").status()).isEqualTo(421);
    assertThat(targets.decide(HttpMethod.GET, "http://u@127.0.0.1:9090/x").status()).isEqualTo(421);
  }

  @Test
  void connectOtherSchemesAndStrayAsterisksAreRefused() {
    assertThat(targets.decide(HttpMethod.CONNECT, "evil.test:443").status()).isEqualTo(501);
    assertThat(targets.decide(HttpMethod.GET, "ftp://127.0.0.1:9090/x").status()).isEqualTo(400);
    assertThat(targets.decide(HttpMethod.GET, "*").status()).isEqualTo(400);
    assertThat(targets.decide(HttpMethod.OPTIONS, "*").originForm()).isEqualTo("*");
    assertThat(targets.decide(HttpMethod.GET, "evil.test:80").forward()).isFalse();
  }
}
