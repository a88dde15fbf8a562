package io.statuslint.rules.bodies;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.detect.JsonMember;
import io.statuslint.detect.JsonMember.Kind;
import io.statuslint.finding.Finding;
import io.statuslint.model.Body;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.model.ResourceHint;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemStatusMismatchTest {

  private final RuleTester rule = RuleTester.of(new ProblemStatusMismatch());

  private static ExchangeBuilder problem(int status, String type, String body) {
    return request("GET", "/orders/42").respond(status).header("Content-Type", type).body(body);
  }

  @Test
  void flagsADifferentStatus() {
    Finding f = rule.given(problem(500, "application/problem+json",
        "{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404}")).expectFinding("404", "500");
    assertThat(f.evidence()).isEqualTo("\"status\": 404");
  }

  @Test
  void flagsXmlProblems() {
    rule.given(problem(404, "application/problem+xml", "<?xml version=\"1.0\"?><problem xmlns=\"urn:ietf:rfc:7807\">"
        + "<title>Gone</title><status>410</status></problem>")).expectFinding("410", "404");
  }

  @Test
  void acceptsTheSameStatus() {
    rule.given(problem(404, "application/problem+json", "{\"title\":\"Not Found\",\"status\":404}")).expectClean();
    rule.given(problem(404, "application/problem+json; charset=utf-8", "{\"status\":404.0}")).expectClean();
  }

  @Test
  void leavesMissingNullAndNonIntegerStatusToOtherRules() {
    rule.given(problem(404, "application/problem+json", "{\"title\":\"Not Found\"}")).expectClean();
    rule.given(problem(404, "application/problem+json", "{\"status\":null}")).expectClean();
    rule.given(problem(404, "application/problem+json", "{\"status\":\"500\"}")).expectClean();
    rule.given(problem(404, "application/problem+json", "{\"Status\":500,\"errors\":[{\"status\":400}]}"))
        .expectClean();
  }

  @Test
  void judgesOnlyProblemBodies() {
    rule.given(request("GET", "/x").respond(502).json("{\"status\":500,\"error\":\"Internal Server Error\"}"))
        .expectClean();
    rule.given(request("GET", "/x").respond(500).header("Content-Type", "application/problem+json").unknownBody())
        .expectClean();
  }

  @Test
  void leavesSuccessesToSuccessWithErrorBody() {
    rule.given(problem(200, "application/problem+json", "{\"status\":404}")).expectClean();
  }

  @Test
  void neverTrustsANumberCutByTheRecorder() {
    rule.given(request("GET", "/x").respond(404).header("Content-Type", "application/problem+json")
        .body(Body.truncated("{\"title\":\"Not Found\",\"status\":4", 300))).expectClean();
  }

  @Test
  void judgesASchemaThatPinsTheStatus() {
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 404).servedAs("application/problem+json").resourceHint(ResourceHint.API).schema(
        List.of(JsonMember.of("status", Kind.INTEGER, "400", false)), false), "/orders/{id}").expectFinding("400");
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 404).servedAs("application/problem+json").resourceHint(ResourceHint.API).schema(List.of(JsonMember.declared("status", Kind.INTEGER)),
        false), "/orders/{id}").expectClean();
  }
}
