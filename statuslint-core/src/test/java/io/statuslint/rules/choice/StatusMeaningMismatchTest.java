package io.statuslint.rules.choice;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class StatusMeaningMismatchTest {

  private final RuleTester rule = RuleTester.of(new StatusMeaningMismatch());

  private RuleTester.Outcome given(int status, String json) {
    return rule.given(request("POST", "/things").respond(status).json(json));
  }

  @Test
  void flagsEachContradictionRulesNames() {
    given(403, "{\"message\":\"Not authenticated\"}").expectSuggestedCode(401);
    given(403, "{\"error\":\"Missing token\"}").expectSuggestedCode(401);
    given(401, "{\"message\":\"Insufficient permissions\"}").expectSuggestedCode(403);
    given(500, "{\"message\":\"Not implemented\"}").expectSuggestedCode(501);
    given(503, "{\"message\":\"Too many requests\"}").expectSuggestedCode(429);
    given(404, "{\"message\":\"Method not allowed\"}").expectSuggestedCode(405);
    given(405, "{\"message\":\"Invalid input\"}").expectSuggestedCode(400);
    given(405, "{\"message\":\"price must be greater than 0\"}").expectSuggestedCode(422);
  }

  @Test
  void flagsA403RateLimit() {
    given(403, "{\"message\":\"API rate limit exceeded for 203.0.113.5.\"}").expectSuggestedCode(429);
  }

  @Test
  void theStatusOwnReasonPhraseDoesNotCount() {
    given(403, "{\"status\":403,\"error\":\"Forbidden\",\"message\":\"Full authentication is required\"}")
        .expectFinding("403 contradicts", "401");
    given(401, "{\"message\":\"Unauthorized: insufficient permissions\"}").expectSuggestedCode(403);
  }

  @Test
  void ambiguousWordsAreNotContradictions() {
    given(403, "{\"message\":\"Unauthorized\"}").expectClean();
    given(403, "{\"message\":\"Not authorized to access this resource\"}").expectClean();
    given(401, "{\"message\":\"Access denied\"}").expectClean();
    given(403, "{\"message\":\"This action is unauthorized.\"}").expectClean();
  }

  @Test
  void messagesThatSayBothAreLeftAlone() {
    given(403, "{\"message\":\"Forbidden: not authenticated or insufficient permissions\"}").expectClean();
    given(503, "{\"message\":\"Service temporarily unavailable: too many requests to the database\"}").expectClean();
  }

  @Test
  void lookAlikes() {
    given(403, "{\"detail\":\"CSRF Failed: CSRF token missing.\"}").expectClean();
    given(404, "{\"message\":\"Payment method not allowed for this merchant\"}").expectClean();
    given(405, "{\"message\":\"Method not allowed. Allowed methods: GET, HEAD\"}").expectClean();
    given(503, "<html><head><title>503 Service Temporarily Unavailable</title></head></html>").expectClean();
  }

  @Test
  void neverJudges2xxOr400() {
    given(200, "{\"success\":false,\"error\":\"Not authenticated\"}").expectClean();
    given(400, "{\"message\":\"User already exists\"}").expectClean();
    given(501, "{\"message\":\"Not implemented\"}").expectClean();
  }

  @Test
  void judgesSpecDescriptions() {
    // The Swagger Petstore classic.
    rule.given(DeclaredResponse.of("POST", "/pets", 405).unknownContent().description("Invalid input"), "/pet").expectSuggestedCode(400);
    rule.given(DeclaredResponse.of("GET", "/pets", 403).unknownContent().description("Missing or invalid token"), "/pets").expectSuggestedCode(401);
    rule.given(DeclaredResponse.of("GET", "/pets", 403).unknownContent().description("Forbidden"), "/pets").expectClean();
    rule.given(DeclaredResponse.of("GET", "/pets", 403).unknownContent().description("Forbidden. Returns 401 when not authenticated."), "/pets").expectClean();
  }
}
