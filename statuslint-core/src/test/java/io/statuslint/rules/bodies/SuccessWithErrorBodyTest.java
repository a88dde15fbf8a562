package io.statuslint.rules.bodies;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.detect.JsonMember;
import io.statuslint.detect.JsonMember.Kind;
import io.statuslint.finding.Finding;
import io.statuslint.model.Body;
import io.statuslint.model.ResourceHint;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class SuccessWithErrorBodyTest {

  private final RuleTester rule = RuleTester.of(new SuccessWithErrorBody());

  @Test
  void flagsOkFalse() {
    Finding f = rule.given(request("POST", "/api/chat.postMessage").respond(200)
        .json("{\"ok\":false,\"error\":\"channel_not_found\"}")).expectSuggestedCode(404);
    assertThat(f.message()).contains("200").contains("\"ok\" is false");
    assertThat(f.evidence()).contains("\"ok\": false");
  }

  @Test
  void flagsSpringBootErrorAttributesAndSuggestsTheirStatus() {
    rule.given(request("GET", "/api/orders").respond(200).json(
        "{\"timestamp\":\"2024-05-02T10:15:30.123+00:00\",\"status\":500,\"error\":\"Internal Server Error\","
            + "\"path\":\"/api/orders\"}")).expectSuggestedCode(500);
  }

  @Test
  void flagsFailureStatusEnvelopes() {
    rule.given(request("POST", "/api/users").respond(201)
        .json("{\"status\":\"error\",\"message\":\"Duplicate entry for key 'users.email'\"}"))
        .expectSuggestedCode(409);
  }

  @Test
  void flagsGraphqlErrorsWithoutData() {
    rule.given(request("POST", "/graphql").respond(200)
        .json("{\"errors\":[{\"message\":\"Cannot query field \\\"nme\\\" on type \\\"User\\\".\"}],\"data\":null}"))
        .expectSuggestedCode(400);
  }

  @Test
  void flagsHtmlErrorPages() {
    rule.given(request("GET", "/api/orders").respond(200).header("Content-Type", "text/html")
        .body("<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body></body></html>"))
        .expectSuggestedCode(502);
  }

  @Test
  void flagsProblemDetailsOnASuccess() {
    rule.given(request("GET", "/orders/42").respond(200).header("Content-Type", "application/problem+json")
        .body("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}")).expectSuggestedCode(404);
  }

  @Test
  void suggestsNoCodeWhenTheBodyDoesNotSay() {
    Finding f = rule.given(request("POST", "/api/transfers").respond(200)
        .json("{\"result\":\"failure\",\"reason\":\"Insufficient funds\"}")).expectFinding("\"result\" is \"failure\"");
    assertThat(f.suggestion().code()).isNull();
    assertThat(f.suggestion().text()).contains("4xx or 5xx");
  }

  @Test
  void leavesLookAlikesAlone() {
    rule.given(request("GET", "/api/users/1").respond(200).json("{\"errors\":[],\"data\":{\"id\":1}}")).expectClean();
    rule.given(request("GET", "/api/o/1").respond(200).json("{\"error\":null,\"data\":{\"id\":1}}")).expectClean();
    rule.given(request("POST", "/login").respond(200).json("{\"success\":true,\"data\":{\"t\":\"x\"}}")).expectClean();
    rule.given(request("GET", "/api/jobs/42").respond(200)
        .json("{\"id\":42,\"status\":\"failed\",\"error\":\"Timed out\"}")).expectClean();
    rule.given(request("POST", "/_bulk").respond(200)
        .json("{\"took\":30,\"errors\":true,\"items\":[{\"index\":{\"status\":400}}]}")).expectClean();
    rule.given(request("POST", "/batch").respond(207).json("[{\"id\":1,\"status\":409,\"error\":\"exists\"}]"))
        .expectClean();
    rule.given(request("POST", "/graphql").respond(200)
        .json("{\"data\":{\"user\":{\"id\":\"1\",\"friends\":null}},\"errors\":[{\"message\":\"partial\"}]}"))
        .expectClean();
    rule.given(request("GET", "/api/reports/7").respond(200)
        .json("{\"id\":7,\"message\":\"No errors found\",\"errorRate\":0.0}")).expectClean();
  }

  @Test
  void judgesOnlySuccesses() {
    rule.given(request("GET", "/x").respond(400).json("{\"success\":false}")).expectClean();
    rule.given(request("GET", "/x").respond(302).json("{\"success\":false}")).expectClean();
  }

  @Test
  void staysSilentOnUnknownAndTruncatedBodies() {
    rule.given(request("GET", "/x").respond(200).header("Content-Type", "application/json").unknownBody())
        .expectClean();
    rule.given(request("GET", "/x").respond(200).header("Content-Type", "application/json")
        .body(Body.truncated("{\"success\":false,\"message\":\"x\",\"it", 9000))).expectClean();
  }

  @Test
  void replacesStatusMeaningMismatch() {
    RuleMetadata m = new SuccessWithErrorBody().metadata();
    assertThat(m.supersedes()).containsExactly("status-meaning-mismatch");
    assertThat(m.id()).isEqualTo("success-with-error-body");
  }

  @Test
  void judgesASpecSchemaThroughTheDeclaredBody() {
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 200).servedAs("application/json").resourceHint(ResourceHint.API).schema(List.of(JsonMember.of("success", Kind.BOOLEAN, "false", false),
        JsonMember.declared("message", Kind.STRING)), false), "/orders/{id}").expectFinding("\"success\" is false");
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 200).servedAs("application/json").resourceHint(ResourceHint.API).schema(List.of(JsonMember.declared("id", Kind.INTEGER)), true),
        "/orders/{id}").expectFinding("error response");
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 200).servedAs("application/problem+json").resourceHint(ResourceHint.API).schema(List.of(), false), "/orders/{id}")
        .expectFinding("Problem Details");
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 200).servedAs("application/json").resourceHint(ResourceHint.API).schema(List.of(JsonMember.declared("success", Kind.BOOLEAN),
        JsonMember.declared("message", Kind.STRING)), false), "/orders/{id}").expectClean();
  }

  @Test
  void aResourceThatIsAListOfErrorsIsData() {
    String errors = "{\"errors\":[{\"line\":3,\"message\":\"Unknown owner @ghost\"}]}";
    rule.given(request("GET", "https://api.github.com/repos/o/r/codeowners/errors").respond(200).json(errors))
        .expectClean();
    rule.given(request("GET", "/validation/errors/").respond(200).json(errors)).expectClean();
    // The same body on another resource still reports a failure.
    rule.given(request("GET", "/repos/o/r/codeowners").respond(200).json(errors)).expectFinding("errors");
  }
}
