package io.statuslint.rules.choice;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ServerErrorAsClientErrorTest {

  private final RuleTester rule = RuleTester.of(new ServerErrorAsClientError());

  @Test
  void flagsA4xxThatDescribesAServerFault() {
    rule.given(request("POST", "/orders").respond(400).json("{\"message\":\"Internal server error\"}"))
        .expectFinding("400", "server fault");
    rule.given(request("GET", "/x").respond(404).json("{\"message\":\"java.lang.NullPointerException\"}"))
        .expectSuggestedCode(500);
    rule.given(request("GET", "/x").respond(400).json("{\"message\":\"upstream request timeout\"}"))
        .expectSuggestedCode(504);
    rule.given(request("GET", "/x").respond(404).header("Content-Type", "text/plain").body("no healthy upstream"))
        .expectSuggestedCode(503);
    rule.given(request("GET", "/x").respond(400).json("{\"message\":\"Error: read ECONNRESET\"}"))
        .expectSuggestedCode(502);
  }

  @Test
  void prefersTheMostSpecificServerCode() {
    rule.given(request("POST", "/users").respond(422)
        .json("{\"message\":\"SQLSTATE[HY000] [2002] Connection refused\"}")).expectSuggestedCode(503);
  }

  @Test
  void theOwnReasonPhraseDoesNotHideTheFault() {
    rule.given(request("GET", "/x").respond(400).json(
        "{\"status\":400,\"error\":\"Bad Request\",\"message\":\"Database connection failed\"}"))
        .expectSuggestedCode(500);
  }

  @Test
  void exempts408And424() {
    rule.given(request("GET", "/x").respond(408).json("{\"message\":\"upstream request timeout\"}")).expectClean();
    rule.given(request("GET", "/x").respond(424).json("{\"message\":\"Internal server error\"}")).expectClean();
  }

  @Test
  void leavesLookAlikesAlone() {
    rule.given(request("POST", "/x").respond(400).json("{\"message\":\"Request timeout must be a positive number\"}"))
        .expectClean();
    rule.given(request("POST", "/x").respond(400).json("{\"message\":\"upstream_url must be a valid URL\"}"))
        .expectClean();
    rule.given(request("GET", "/x").respond(401).json("{\"message\":\"Session timed out, please log in again\"}"))
        .expectClean();
    rule.given(request("GET", "/db/analytics").respond(404).json("{\"message\":\"Database 'analytics' not found\"}"))
        .expectClean();
    rule.given(request("POST", "/x").respond(400)
        .json("{\"message\":\"Invalid request. This is not an internal error: check 'amount'.\"}")).expectClean();
  }

  @Test
  void theCallersOwnEndpointFailingIsNotOurFault() {
    rule.given(request("POST", "/hooks/test").respond(400)
        .json("{\"message\":\"Webhook URL returned an error: connection refused\"}")).expectClean();
    rule.given(request("POST", "/smtp").respond(422)
        .json("{\"message\":\"Could not connect to the provided SMTP server: connection refused\"}")).expectClean();
  }

  @Test
  void mixedMessagesAreLeftAlone() {
    rule.given(request("GET", "/x").respond(404).json("{\"message\":\"User not found: database connection failed\"}"))
        .expectClean();
  }

  @Test
  void judgesSpecDescriptions() {
    rule.given(DeclaredResponse.of("GET", "/pets", 400).unknownContent().description("Internal error"), "/pets").expectSuggestedCode(500);
    rule.given(DeclaredResponse.of("GET", "/pets", 404).unknownContent().description("Pet not found"), "/pets/{id}").expectClean();
  }
}
