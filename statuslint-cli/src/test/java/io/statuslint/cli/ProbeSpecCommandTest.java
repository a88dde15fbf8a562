package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code statuslint probe BASE_URL --spec SPEC} against a JDK HttpServer on 127.0.0.1. */
class ProbeSpecCommandTest {

  private static final String SPEC = """
      openapi: 3.0.3
      info: {title: Orders, version: "1"}
      security:
        - bearer: []
      components:
        securitySchemes:
          bearer: {type: http, scheme: bearer}
      paths:
        /orders/{orderId}:
          get:
            parameters:
              - {name: orderId, in: path, required: true, schema: {type: integer}}
            responses:
              "200": {description: one order}
              "401": {description: no credentials}
        /status:
          get:
            security: []
            responses:
              "200": {description: up}
      """;

  @TempDir Path dir;
  private HttpServer server;
  private String base;
  private final Set<String> requested = ConcurrentHashMap.newKeySet();

  @BeforeEach
  void start() throws Exception {
    server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/", x -> {
      try (x) {
        String path = x.getRequestURI().getRawPath();
        requested.add(x.getRequestMethod() + " " + path);
        boolean known = path.matches("/orders/\\d+") || path.equals("/status");
        int status = !known ? 404 : x.getRequestMethod().equals("GET") || x.getRequestMethod().equals("HEAD") ? 200 : 405;
        if (status == 405) {
          x.getResponseHeaders().add("Allow", "GET, HEAD");
        }
        byte[] body = (status == 200 ? "{\"id\":1}" : "{\"title\":\"no\"}").getBytes(StandardCharsets.UTF_8);
        x.getResponseHeaders().add("Content-Type", status == 200 ? "application/json" : "application/problem+json");
        boolean head = x.getRequestMethod().equals("HEAD");
        x.sendResponseHeaders(status, head ? -1 : body.length);
        if (!head) {
          x.getResponseBody().write(body);
        }
      }
    });
    server.start();
    base = "http://127.0.0.1:" + server.getAddress().getPort();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  @Test
  void probesTheSpecsOperationsAndReportsASecuredOneAnsweredWithoutCredentials() throws Exception {
    Path spec = dir.resolve("api.yaml");
    Files.writeString(spec, SPEC);
    CliRun r = CliRun.of("probe", base, "--spec", spec.toString(), "-H", "Authorization: Bearer s3cret-t0ken",
        "--format", "json", "--timeout", "3s");
    assertThat(requested).as(r.err()).contains("GET /orders/1", "GET /status");
    JsonNode report = new ObjectMapper().readTree(r.out());
    List<String> unauthenticated = new ArrayList<>();
    report.path("findings").forEach(f -> {
      if (f.path("rule").asText().equals("probe-unauthenticated")) {
        unauthenticated.add(f.path("location").path("url").asText());
      }
    });
    assertThat(unauthenticated).as(r.out()).containsExactly(base + "/orders/1");
    assertThat(r.err()).contains("2 operations on 2 paths from " + spec);
    assertThat(r.out() + r.err()).doesNotContain("s3cret-t0ken");
  }

  @Test
  void theCapOnEndpointsIsSaid() throws Exception {
    Path spec = dir.resolve("api.yaml");
    Files.writeString(spec, SPEC);
    CliRun r = CliRun.of("probe", base, "--spec", spec.toString(), "--max-endpoints", "1", "--format", "json");
    assertThat(r.err()).contains("1 operations on 1 paths").contains("1 more paths left out by --max-endpoints");
    assertThat(requested).contains("GET /orders/1").doesNotContain("GET /status");
  }

  @Test
  void aBrokenSpecExitsTwoWithOneLineAndSendsNothing() throws Exception {
    Path spec = dir.resolve("broken.yaml");
    Files.writeString(spec, "openapi: 3.0.3\npaths:\n  /a: {get: [\n");
    CliRun r = CliRun.of("probe", base, "--spec", spec.toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).startsWith("statuslint: " + spec).doesNotContain("\n").doesNotContain("Exception");
    assertThat(requested).isEmpty();
  }

  @Test
  void aMissingSpecFileExitsTwo() {
    CliRun r = CliRun.of("probe", base, "--spec", dir.resolve("nope.yaml").toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err().strip()).contains("nope.yaml").doesNotContain("\n");
  }

  @Test
  void specAndPathDoNotGoTogether() throws Exception {
    Path spec = dir.resolve("api.yaml");
    Files.writeString(spec, SPEC);
    CliRun r = CliRun.of("probe", base, "--spec", spec.toString(), "--path", "/x");
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("--path and --spec");
  }
}
