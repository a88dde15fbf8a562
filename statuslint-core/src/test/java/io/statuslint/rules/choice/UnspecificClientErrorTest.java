package io.statuslint.rules.choice;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class UnspecificClientErrorTest {

  private final RuleTester rule = RuleTester.of(new UnspecificClientError());

  private RuleTester.Outcome post400(String json) {
    return rule.given(request("POST", "/things").respond(400).json(json));
  }

  @Test
  void namesTheMoreSpecificCode() {
    post400("{\"message\":\"User already exists\"}").expectSuggestedCode(409);
    post400("{\"message\":\"Version conflict: modified by another request\"}").expectSuggestedCode(409);
    post400("{\"message\":\"Content type 'text/plain;charset=UTF-8' not supported\"}").expectSuggestedCode(415);
    post400("{\"message\":\"Maximum upload size exceeded\"}").expectSuggestedCode(413);
    post400("{\"message\":\"Rate limit exceeded\"}").expectSuggestedCode(429);
    post400("{\"message\":\"Order with id 42 does not exist\"}").expectSuggestedCode(404);
    post400("{\"message\":\"amount must be greater than 0\"}").expectSuggestedCode(422);
    post400("{\"message\":\"Invalid email format\"}").expectSuggestedCode(422);
  }

  @Test
  void theMessageSaysWhichCodeAndWhy() {
    post400("{\"message\":\"startDate: must be a future date\"}").expectFinding("400 where 422 fits", "validation");
  }

  @Test
  void syntaxErrorsAndMissingFieldsFit400() {
    post400("{\"message\":\"Malformed JSON request\"}").expectClean();
    post400("{\"message\":\"Unexpected token } in JSON at position 42\"}").expectClean();
    post400("{\"message\":\"Missing required field: email\"}").expectClean();
    post400("{\"message\":\"quantity must be an integer\"}").expectClean();
    post400("{\"message\":\"Invalid JSON: duplicate field 'id'\"}").expectClean();
    // A syntax error anywhere in the message keeps 400 right.
    post400("{\"message\":\"Malformed JSON; also the email already exists\"}").expectClean();
  }

  @Test
  void genericMessagesNameNoCode() {
    post400("{\"message\":\"Validation failed\"}").expectClean();
    post400("{\"message\":\"Bad Request\"}").expectClean();
    post400("{\"message\":\"Invalid request\"}").expectClean();
  }

  @Test
  void aValueCheckOnAParameterIsA400() {
    rule.given(request("GET", "/things?status=x").respond(400)
        .json("{\"message\":\"status must be one of open, closed\"}")).expectClean();
  }

  @Test
  void largeHeadersAndLongUrisMayStay400() {
    rule.given(request("GET", "/").respond(400).header("Content-Type", "text/html")
        .body("<html><head><title>400 Request Header Or Cookie Too Large</title></head></html>")).expectClean();
    post400("{\"message\":\"URI too long\"}").expectClean();
  }

  @Test
  void negationQuotesAndFieldNamesDoNotFool() {
    post400("{\"message\":\"Invalid merge request: no conflict to resolve\"}").expectClean();
    post400("{\"message\":\"Missing required parameter: conflict_id\"}").expectClean();
    post400("{\"message\":\"Invalid value 'already exists' for parameter 'reason'\"}").expectClean();
  }

  @Test
  void twoDifferentCandidatesAreAmbiguous() {
    post400("{\"message\":\"User not found or email already exists\"}").expectClean();
  }

  @Test
  void onlyJudges400() {
    rule.given(request("POST", "/u").respond(409).json("{\"message\":\"User already exists\"}")).expectClean();
    rule.given(request("POST", "/u").respond(422).json("{\"message\":\"must be a future date\"}")).expectClean();
    // A server fault on a 400 is server-error-as-client-error's finding.
    post400("{\"message\":\"Database connection failed\"}").expectClean();
  }

  @Test
  void judgesSpecDescriptions() {
    rule.given(DeclaredResponse.of("POST", "/pets", 400).unknownContent().description("The pet already exists"), "/pets").expectSuggestedCode(409);
    rule.given(DeclaredResponse.of("POST", "/pets", 400).unknownContent().description("Invalid ID supplied"), "/pets").expectClean();
    // A description that talks about other codes is not read.
    rule.given(DeclaredResponse.of("POST", "/pets", 400).unknownContent().description("Bad input (409 when the pet already exists)"), "/pets").expectClean();
  }
}
