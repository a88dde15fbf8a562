package io.statuslint.rules.bodies;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.detect.JsonMember;
import io.statuslint.detect.JsonMember.Kind;
import io.statuslint.model.Body;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.model.ResourceHint;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class InvalidProblemDetailsTest {

  private final RuleTester rule = RuleTester.of(new InvalidProblemDetails());

  private static ExchangeBuilder problem(int status, String body) {
    return request("GET", "/orders/9").respond(status).header("Content-Type", "application/problem+json").body(body);
  }

  @Test
  void flagsAStringStatus() {
    rule.given(problem(404, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":\"404\"}"))
        .expectFinding("\"status\" is a string, not an integer");
  }

  @Test
  void listsEveryWrongMemberInOneFinding() {
    rule.given(problem(400, "{\"type\":\"validation error\",\"title\":{\"en\":\"Bad\"},\"detail\":[\"a\"]}"))
        .expectFinding("\"type\" is not a URI reference", "\"title\" is an object", "\"detail\" is an array");
  }

  @Test
  void flagsBodiesThatAreNoObject() {
    rule.given(problem(400, "[{\"title\":\"Bad Request\"}]")).expectFinding("JSON array");
    rule.given(problem(404, "Not Found")).expectFinding("not valid JSON");
    rule.given(problem(500, "{\"type\":\"about:blank\",\"status\":500,}")).expectFinding("not valid JSON");
    rule.given(problem(404, "\"Not Found\"")).expectFinding("string, number or literal");
  }

  @Test
  void neverCallsATruncatedBodyInvalid() {
    rule.given(request("GET", "/x").respond(500).header("Content-Type", "application/problem+json")
        .body(Body.truncated("{\"type\":\"about:blank\",\"title\":\"Internal Serv", 4000))).expectClean();
    rule.given(request("GET", "/x").respond(500).header("Content-Type", "application/problem+json")
        .body(Body.truncated("Internal Serv", 4000))).expectClean();
  }

  @Test
  void stillJudgesMembersBeforeTheCut() {
    rule.given(request("GET", "/x").respond(500).header("Content-Type", "application/problem+json")
        .body(Body.truncated("{\"status\":\"500\",\"title\":\"Internal Serv", 4000))).expectFinding("\"status\"");
  }

  @Test
  void acceptsValidProblemsWithExtensions() {
    rule.given(problem(403, "{\"type\":\"https://example.com/probs/out-of-credit\",\"title\":\"No credit\","
        + "\"detail\":\"Balance is 30\",\"instance\":\"/account/12345/msgs/abc\",\"balance\":30,"
        + "\"accounts\":[\"/account/12345\"]}")).expectClean();
    rule.given(problem(400, "{}")).expectClean();
    rule.given(problem(404, "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"detail\":null,\"instance\":null}"))
        .expectClean();
    rule.given(problem(400, "{\"Status\":\"400\",\"type\":\"/problems/bad-request\"}")).expectClean();
  }

  @Test
  void ignoresOtherMediaTypesAndUnknownBodies() {
    rule.given(request("GET", "/x").respond(404).json("[1]")).expectClean();
    rule.given(request("GET", "/x").respond(404).header("Content-Type", "application/problem+json").unknownBody())
        .expectClean();
    rule.given(request("GET", "/x").respond(404).header("Content-Type", "application/problem+xml")
        .body("<problem><status>abc</status></problem>")).expectClean();
  }

  @Test
  void judgesASpecSchemaThroughTheDeclaredBody() {
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 404).servedAs("application/problem+json").resourceHint(ResourceHint.API).schema(List.of(JsonMember.declared("status", Kind.STRING)),
        false), "/orders/{id}").expectFinding("\"status\" is a string");
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 404).servedAs("application/problem+json").resourceHint(ResourceHint.API).schema(List.of(JsonMember.declared("status", Kind.INTEGER),
        JsonMember.declared("title", Kind.STRING)), false), "/orders/{id}").expectClean();
  }
}
