package io.statuslint.probe.endpoints;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.openapi.SpecLinter;
import io.statuslint.openapi.SpecSource;
import java.net.URI;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SpecEndpointsTest {

  private static SpecEndpoints read(String spec, String base, int max) throws Exception {
    return SpecEndpoints.read(SpecLinter.create(), SpecSource.file(Path.of("src/test/resources/specs/" + spec)),
        URI.create(base), max);
  }

  private static Map<String, Endpoint> byTemplate(SpecEndpoints s) {
    return s.endpoints().stream().collect(Collectors.toMap(Endpoint::template, Function.identity()));
  }

  @Test
  void pathParametersAreFilledFromExamplesDefaultsEnumsAndTypes() throws Exception {
    SpecEndpoints s = read("shop.yaml", "http://127.0.0.1:8080", 200);
    assertThat(s.endpoints()).extracting(Endpoint::path).containsExactly(
        "/v1/health",
        "/v1/orders?status=open",
        "/v1/orders/1",
        "/v1/customers/" + ParameterValues.UUID + "/notes/first%20note");
    assertThat(s.operations()).isEqualTo(7);
    assertThat(s.leftOut()).isZero();
    assertThat(s.prefix()).isEqualTo("/v1");
  }

  @Test
  void methodsSecurityAndRequestMediaTypesComeFromTheOperations() throws Exception {
    Map<String, Endpoint> e = byTemplate(read("shop.yaml", "http://127.0.0.1:8080/", 200));
    Endpoint health = e.get("/v1/health");
    assertThat(health.methods()).containsExactly("GET");
    assertThat(health.secured()).as("security: [] overrides the document's").isFalse();
    Endpoint orders = e.get("/v1/orders");
    assertThat(orders.methods()).containsExactly("GET", "POST");
    assertThat(orders.secured()).as("the document's security applies").isTrue();
    assertThat(orders.requestMediaTypes()).isEqualTo(Map.of("POST", List.of("application/json")));
    assertThat(e.get("/v1/orders/{orderId}").secured()).isTrue();
    assertThat(e.get("/v1/orders/{orderId}").methods()).isEqualTo(Set.of("DELETE", "GET"));
    Endpoint notes = e.get("/v1/customers/{customerId}/notes/{note}");
    assertThat(notes.secured()).as("an empty alternative lets anonymous callers in").isFalse();
    assertThat(notes.requestMediaTypes().get("PUT")).containsExactly("application/merge-patch+json", "text/plain");
  }

  @Test
  void aBaseUrlWithAPathWinsOverTheSpecsServer() throws Exception {
    SpecEndpoints s = read("shop.yaml", "http://127.0.0.1:8080/api/", 200);
    assertThat(s.prefix()).isEqualTo("/api");
    assertThat(s.endpoints().get(0).path()).isEqualTo("/api/health");
  }

  @Test
  void aSpecWithoutServersUsesItsPathsAsTheyAre() throws Exception {
    SpecEndpoints s = read("no-servers.yaml", "http://127.0.0.1:8080", 200);
    assertThat(s.prefix()).isEmpty();
    assertThat(s.endpoints()).extracting(Endpoint::path).containsExactly("/orders/42", "/public");
    assertThat(s.endpoints()).extracting(Endpoint::secured).containsExactly(true, false);
  }

  @Test
  void theCapKeepsTheFirstPathTemplatesAndCountsTheRest() throws Exception {
    SpecEndpoints s = read("shop.yaml", "http://127.0.0.1:8080", 2);
    assertThat(s.endpoints()).extracting(Endpoint::template).containsExactly("/v1/health", "/v1/orders");
    assertThat(s.leftOut()).isEqualTo(2);
    assertThat(s.operations()).isEqualTo(3);
  }

  @Test
  void swagger2TakesBasePathAndConsumes() throws Exception {
    String spec = """
        swagger: "2.0"
        info: {title: t, version: "1"}
        basePath: /rest
        consumes: [application/json]
        securityDefinitions:
          key: {type: apiKey, in: header, name: X-Key}
        security:
          - key: []
        paths:
          /items/{id}:
            parameters:
              - {name: id, in: path, required: true, type: string, format: uuid}
            put:
              parameters:
                - {name: body, in: body, schema: {type: object}}
              responses: {"204": {description: ok}}
            get:
              responses: {"200": {description: ok}}
        """;
    SpecEndpoints s = SpecEndpoints.read(SpecLinter.create(), SpecSource.text("s.yaml", spec),
        URI.create("http://127.0.0.1"), 200);
    Endpoint e = s.endpoints().get(0);
    assertThat(e.path()).isEqualTo("/rest/items/" + ParameterValues.UUID);
    assertThat(e.requestMediaTypes()).isEqualTo(Map.of("PUT", List.of("application/json")));
    assertThat(e.secured()).isTrue();
  }

  @Test
  void callbacksAreNotProbed() throws Exception {
    String spec = """
        openapi: 3.1.0
        info: {title: t, version: "1"}
        paths:
          /subscriptions:
            post:
              callbacks:
                onEvent:
                  "{$request.body#/url}":
                    post:
                      responses: {"200": {description: ok}}
              responses: {"201": {description: ok}}
        """;
    SpecEndpoints s = SpecEndpoints.read(SpecLinter.create(), SpecSource.text("s.yaml", spec),
        URI.create("http://127.0.0.1"), 200);
    assertThat(s.endpoints()).extracting(Endpoint::path).containsExactly("/subscriptions");
  }

  @Test
  void anUnreadableSpecIsOneLineWithItsPlace() {
    assertThatThrownBy(() -> SpecEndpoints.read(SpecLinter.create(),
        SpecSource.text("broken.yaml", "openapi: 3.0.3\npaths:\n  /a: [unclosed\n"), URI.create("http://127.0.0.1"), 200))
        .isInstanceOf(SpecEndpoints.UnreadableSpecException.class)
        .satisfies(t -> {
          String line = ((SpecEndpoints.UnreadableSpecException) t).problem().oneLine();
          assertThat(line).startsWith("broken.yaml:").doesNotContain("\n");
        });
  }

  @Test
  void fillingEncodesValuesAndGivesUndeclaredNamesAString() {
    assertThat(SpecEndpoints.fill("/a/{x}/b/{y}", Map.of("x", "a/b c"))).isEqualTo("/a/a%2Fb%20c/b/statuslint");
    assertThat(ParameterValues.byType("integer", "int64")).isEqualTo("1");
    assertThat(ParameterValues.byType("string", "date")).isEqualTo("2024-01-01");
    assertThat(ParameterValues.byType("boolean", null)).isEqualTo("true");
  }
}
