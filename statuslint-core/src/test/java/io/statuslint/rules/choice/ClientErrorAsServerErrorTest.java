package io.statuslint.rules.choice;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ClientErrorAsServerErrorTest {

  private final RuleTester rule = RuleTester.of(new ClientErrorAsServerError());

  @Test
  void flagsA500ThatBlamesTheCaller() {
    rule.given(request("POST", "/orders").respond(500).json(
        "{\"status\":500,\"error\":\"Internal Server Error\",\"message\":\"Validation failed for object='order'\"}"))
        .expectSuggestedCode(400);
    rule.given(request("GET", "/users/42").respond(500).json("{\"message\":\"User with id 42 not found\"}"))
        .expectSuggestedCode(404);
    rule.given(request("GET", "/me").respond(500).json("{\"message\":\"jwt expired\"}")).expectSuggestedCode(401);
    rule.given(request("POST", "/users").respond(503).json("{\"error\":\"User already exists\"}"))
        .expectSuggestedCode(409);
    rule.given(request("POST", "/files").respond(500).header("Content-Type", "text/plain").body("File too large"))
        .expectSuggestedCode(413);
  }

  @Test
  void theFindingExplainsAndQuotesTheMessage() {
    io.statuslint.finding.Finding f = rule.given(request("POST", "/bookings").respond(500)
            .json("{\"message\":\"startDate: must be a future date\"}"))
        .expectFinding("500", "blames the caller", "validation");
    org.assertj.core.api.Assertions.assertThat(f.suggestion().code()).isEqualTo(422);
    org.assertj.core.api.Assertions.assertThat(f.evidence()).contains("must be a future date");
  }

  @Test
  void aValueCheckOnAParameterSuggests400() {
    rule.given(request("GET", "/orders?page=0").respond(500).json("{\"message\":\"page must be greater than 0\"}"))
        .expectSuggestedCode(400);
  }

  @Test
  void leavesServerSideMissingThingsAlone() {
    // RULES.md: "template not found" or "config file not found" is a server fault.
    rule.given(request("POST", "/users").respond(500).json("{\"message\":\"Template not found: welcome.html\"}"))
        .expectClean();
    rule.given(request("GET", "/x").respond(500).json("{\"error\":\"Config file not found: /etc/app.yml\"}"))
        .expectClean();
    rule.given(request("GET", "/x").respond(503).json("{\"message\":\"upstream service not found\"}")).expectClean();
    rule.given(request("GET", "/x").respond(500).json("{\"message\":\"relation \\\"users\\\" does not exist\"}"))
        .expectClean();
  }

  @Test
  void leavesRelayedDependencyErrorsAlone() {
    rule.given(request("GET", "/rates").respond(500)
        .json("{\"message\":\"Error fetching exchange rates: 401 Unauthorized\"}")).expectClean();
    rule.given(request("POST", "/pay").respond(500)
        .json("{\"message\":\"Failed to authenticate with payment provider\"}")).expectClean();
    rule.given(request("GET", "/x").respond(502).json("{\"message\":\"Upstream returned 400 Bad Request\"}"))
        .expectClean();
  }

  @Test
  void leavesMixedAndServerMessagesAlone() {
    rule.given(request("GET", "/x").respond(500).json("{\"message\":\"Internal Server Error\"}")).expectClean();
    rule.given(request("GET", "/x").respond(500).json(
        "{\"message\":\"Request processing failed; nested exception is IllegalStateException: Duplicate key x\"}"))
        .expectClean();
    rule.given(request("GET", "/x").respond(500).json("{\"message\":\"No validation errors; write failed\"}"))
        .expectClean();
  }

  @Test
  void leavesOtherRulesDefectsAndExemptCodesAlone() {
    // status-meaning-mismatch owns these.
    rule.given(request("GET", "/x").respond(500).json("{\"message\":\"Not implemented\"}")).expectClean();
    rule.given(request("GET", "/x").respond(503).json("{\"message\":\"Too many requests\"}")).expectClean();
    // 501 may answer an unknown method; 511 is about network access.
    rule.given(request("PATCH", "/x").respond(501).json("{\"message\":\"Method not allowed\"}")).expectClean();
    rule.given(request("GET", "/x").respond(511).header("Content-Type", "text/html")
        .body("<title>Network Authentication Required</title>")).expectClean();
    rule.given(request("GET", "/x").respond(400).json("{\"message\":\"Validation failed\"}")).expectClean();
  }

  @Test
  void unknownBodiesAreNotJudged() {
    rule.given(request("GET", "/x").respond(500).header("Content-Type", "application/json").unknownBody())
        .expectClean();
  }

  @Test
  void judgesSpecDescriptions() {
    rule.given(DeclaredResponse.of("POST", "/pets", 500).unknownContent().description("Invalid input"), "/pets").expectSuggestedCode(400);
    rule.given(DeclaredResponse.of("GET", "/pets", 500).unknownContent().description("Pet not found"), "/pets/{id}").expectSuggestedCode(404);
    rule.given(DeclaredResponse.of("GET", "/pets", 500).unknownContent().description("Unexpected error"), "/pets").expectClean();
    rule.given(DeclaredResponse.of("GET", "/pets", 500).unknownContent().description(null), "/pets").expectClean();
  }
}
