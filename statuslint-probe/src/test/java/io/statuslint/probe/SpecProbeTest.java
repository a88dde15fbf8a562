package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.statuslint.finding.Finding;
import io.statuslint.model.Headers;
import io.statuslint.openapi.SpecLinter;
import io.statuslint.openapi.SpecSource;
import io.statuslint.probe.endpoints.SpecEndpoints;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The probe takes its endpoints from a spec and asks a real server (the JDK's, on 127.0.0.1) about
 * them: an API that routes {@code /v1/orders/{id}} and {@code /orders/{id}} but enforces no security.
 */
class SpecProbeTest {

  private HttpServer server;
  private final Set<String> requested = ConcurrentHashMap.newKeySet();
  private String base;

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", this::handle);
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  /** Numeric order ids and the health path exist; credentials are never checked. */
  private void handle(HttpExchange x) throws IOException {
    try (x) {
      String path = x.getRequestURI().getRawPath();
      requested.add(x.getRequestMethod() + " " + x.getRequestURI().getRawPath()
          + (x.getRequestURI().getRawQuery() == null ? "" : "?" + x.getRequestURI().getRawQuery()));
      x.getRequestBody().readAllBytes();
      if (path.equals("/tenant/orders")) {
        String tenant = x.getRequestHeaders().getFirst("X-Tenant");
        requested.add("tenant=" + tenant + " cookie=" + x.getRequestHeaders().getFirst("Cookie")
            + " trace=" + x.getRequestHeaders().getFirst("X-Trace") + " key=" + x.getRequestHeaders().getFirst("X-Api-Key")
            + " accept=" + x.getRequestHeaders().getFirst("Accept"));
        send(x, "acme".equals(tenant) ? 200 : 400, "{\"id\":1}");
        return;
      }
      boolean known = path.matches("(/v1)?/orders/\\d+") || path.equals("/v1/health") || path.equals("/public")
          || path.equals("/v1/plain") || path.equals("/r2/reports") || path.equals("/x3/exports")
          || path.equals("/v1/orders");
      String type = x.getRequestHeaders().getFirst("Content-Type");
      if (!known) {
        send(x, 404, "{\"title\":\"no such path\"}");
      } else if (path.equals("/v1/orders") && x.getRequestMethod().equals("POST")) {
        boolean json = type != null && type.startsWith("application/json");
        send(x, json ? 400 : 415, "{\"title\":\"rejected\"}");
      } else if (x.getRequestMethod().equals("GET") || x.getRequestMethod().equals("HEAD")) {
        send(x, 200, "{\"id\":1}");
      } else {
        x.getResponseHeaders().add("Allow", "GET, HEAD");
        send(x, 405, "{\"title\":\"method not allowed\"}");
      }
    }
  }

  private static void send(HttpExchange x, int status, String json) throws IOException {
    byte[] body = json.getBytes(StandardCharsets.UTF_8);
    x.getResponseHeaders().add("Content-Type", status < 400 ? "application/json" : "application/problem+json");
    boolean head = x.getRequestMethod().equals("HEAD");
    x.sendResponseHeaders(status, head ? -1 : body.length);
    if (!head) {
      x.getResponseBody().write(body);
    }
  }

  private ProbeRunner probe(String spec) throws Exception {
    return probe(spec, false);
  }

  private ProbeRunner probe(String spec, boolean unsafe) throws Exception {
    SpecEndpoints endpoints = SpecEndpoints.read(SpecLinter.create(),
        SpecSource.file(Path.of("src/test/resources/specs/" + spec)), URI.create(base), 200);
    return ProbeRunner.run(base, b -> b.endpoints(endpoints).unsafe(unsafe)
        .headers(Headers.of("Authorization", "Bearer t0ken-for-tests")));
  }

  @Test
  void theEndpointsComeFromTheSpecWithTheirPathParametersFilled() throws Exception {
    ProbeRunner r = probe("shop.yaml");
    assertThat(requested).as(r.describe()).contains("GET /v1/orders/1", "GET /v1/health",
        "GET /v1/orders?status=open");
    assertThat(requested).noneMatch(s -> s.contains("{") || s.contains("%7B"));
    assertThat(r.outcome.reached()).isTrue();
  }

  @Test
  void aSecuredOperationIsAskedWithoutCredentialsAndItsOpenDoorIsReported() throws Exception {
    ProbeRunner r = probe("shop.yaml");
    List<Finding> open = r.findings("probe-unauthenticated");
    assertThat(open).as(r.describe()).isNotEmpty();
    assertThat(open).extracting(f -> f.location().url())
        .containsExactlyInAnyOrder(base + "/v1/orders?status=open", base + "/v1/orders/1");
    assertThat(open).allSatisfy(f -> assertThat(f.message()).contains("declared secured"));
    // /v1/health declares security: [] — answering it without credentials is right.
    assertThat(r.describe()).doesNotContain("GET /v1/health without credentials");
  }

  @Test
  void aSpecWithoutServersProbesItsPathsUnderTheBaseUrl() throws Exception {
    ProbeRunner r = probe("no-servers.yaml");
    assertThat(requested).as(r.describe()).contains("GET /orders/42", "GET /public");
    assertThat(r.findings("probe-unauthenticated")).extracting(Finding::message)
        .anyMatch(m -> m.contains("/orders/42")).noneMatch(m -> m.contains("/public"));
  }

  @Test
  void withoutUnsafeOnlySafeMethodsAreSentDespiteDeclaredWrites() throws Exception {
    probe("shop.yaml");
    assertThat(requested).noneMatch(s -> s.startsWith("POST ") || s.startsWith("PUT ") || s.startsWith("DELETE ")
        || s.startsWith("PATCH "));
  }

  @Test
  void withUnsafeBodiesGoOnlyToOperationsThatTakeContentAndDeleteToReadOnlyPaths() throws Exception {
    ProbeRunner r = probe("shop.yaml", true);
    String all = r.describe();
    assertThat(requested).as(all).contains("POST /v1/orders?status=open", "DELETE /v1/health");
    // /v1/orders/{orderId} declares GET and DELETE, neither with a requestBody: no content is sent there,
    // and its DELETE is a declared operation, not a wrong method.
    assertThat(requested).as(all).noneMatch(s -> s.matches("(POST|PUT|PATCH|DELETE) /v1/orders/1"));
    // The spec's POST takes JSON only, so the wrong media type sent is XML; no OPTIONS is needed.
    assertThat(all).contains("probe-unsupported-media-type: content in application/xml");
    assertThat(requested).noneMatch(s -> s.startsWith("OPTIONS "));
  }

  @Test
  void aDeclaredPostWithoutRequestBodyGetsNoContentExperiments() throws Exception {
    ProbeRunner r = probe("no-servers.yaml", true);
    assertThat(requested).as(r.describe()).contains("GET /public").noneMatch(s -> s.startsWith("POST "));
    assertThat(r.experimentsRun()).doesNotContain("probe-malformed-body", "probe-unsupported-media-type",
        "probe-oversized-body");
  }

  @Test
  void requiredHeaderAndCookieParametersGoWithEveryRequestButNeverCredentials() throws Exception {
    SpecEndpoints endpoints = SpecEndpoints.read(SpecLinter.create(),
        SpecSource.file(Path.of("src/test/resources/specs/tenant.yaml")), URI.create(base), 200);
    ProbeRunner r = ProbeRunner.run(base, b -> b.endpoints(endpoints));
    List<String> seen = requested.stream().filter(s -> s.startsWith("tenant=")).toList();
    assertThat(seen).as(r.describe()).isNotEmpty()
        .allMatch(s -> s.startsWith("tenant=acme cookie=region=eu trace=null key=null"), "required fields only, no secret")
        .noneMatch(s -> s.contains("accept=text/csv"));
  }

  @Test
  void pathItemAndOperationServersMoveTheirPathsButNeverTheHost() throws Exception {
    ProbeRunner r = probe("servers.yaml");
    assertThat(requested).as(r.describe()).contains("GET /v1/plain", "GET /r2/reports", "GET /x3/exports")
        .doesNotContain("GET /v1/reports", "GET /v1/exports");
  }
}
