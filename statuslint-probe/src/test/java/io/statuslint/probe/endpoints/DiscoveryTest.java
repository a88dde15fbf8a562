package io.statuslint.probe.endpoints;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpResponse;
import java.net.URI;
import java.util.List;
import org.junit.jupiter.api.Test;

class DiscoveryTest {

  private static HttpResponse with(String... headers) {
    return new HttpResponse(200, "OK", Headers.of(headers), Body.absent());
  }

  @Test
  void linkAndLocationRevealSameOriginPathsUnderTheBase() {
    URI from = URI.create("https://api.test:8443/v1/orders?page=1");
    List<String> paths = Discovery.paths(from, with(
        "Link", "</v1/orders?page=2>; rel=\"next\", <https://api.test:8443/v1/customers/7>; rel=\"related\"",
        "Link", "<https://evil.example/v1/x>; rel=\"other\", <http://api.test:8443/v1/plain>; rel=\"x\"",
        "Location", "items/9",
        "Link", "</docs/intro>; rel=\"help\""), "/v1");
    assertThat(paths).containsExactly("/v1/orders?page=2", "/v1/customers/7", "/v1/items/9");
  }

  @Test
  void allowListsMethodTokens() {
    assertThat(Discovery.allowed(with("Allow", "GET, head ,POST", "Allow", "bad token!"))).containsExactly("GET", "HEAD", "POST");
    assertThat(Discovery.allowed(with("Allow", ""))).isEmpty();
  }

  @Test
  void givenPathsAreResolvedUnderTheBase() {
    assertThat(new GivenPaths("/api", List.of("orders", "/api/users", "/health")).endpoints())
        .extracting(Endpoint::path).containsExactly("/api/orders", "/api/users", "/api/health");
    assertThat(new GivenPaths("/", List.of()).endpoints()).extracting(Endpoint::path).containsExactly("/");
  }
}
