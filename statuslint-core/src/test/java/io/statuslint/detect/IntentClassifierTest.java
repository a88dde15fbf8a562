package io.statuslint.detect;

import static io.statuslint.detect.MessageIntent.BAD_UPSTREAM;
import static io.statuslint.detect.MessageIntent.CALLER_SUBJECT;
import static io.statuslint.detect.MessageIntent.CONFLICT;
import static io.statuslint.detect.MessageIntent.FORBIDDEN;
import static io.statuslint.detect.MessageIntent.HEADERS_TOO_LARGE;
import static io.statuslint.detect.MessageIntent.INVALID_INPUT;
import static io.statuslint.detect.MessageIntent.MALFORMED_REQUEST;
import static io.statuslint.detect.MessageIntent.METHOD_NOT_ALLOWED;
import static io.statuslint.detect.MessageIntent.NOT_FOUND;
import static io.statuslint.detect.MessageIntent.NOT_IMPLEMENTED;
import static io.statuslint.detect.MessageIntent.RATE_LIMITED;
import static io.statuslint.detect.MessageIntent.SEMANTIC_VALIDATION;
import static io.statuslint.detect.MessageIntent.SERVER_FAULT;
import static io.statuslint.detect.MessageIntent.SERVER_SUBJECT;
import static io.statuslint.detect.MessageIntent.TOO_LARGE;
import static io.statuslint.detect.MessageIntent.UNAUTHENTICATED;
import static io.statuslint.detect.MessageIntent.UNAVAILABLE;
import static io.statuslint.detect.MessageIntent.UNSUPPORTED_MEDIA_TYPE;
import static io.statuslint.detect.MessageIntent.UPSTREAM_TIMEOUT;
import static io.statuslint.detect.MessageIntent.URI_TOO_LONG;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class IntentClassifierTest {

  private final IntentClassifier classifier = IntentClassifier.defaults();

  private Set<MessageIntent> intents(String message) {
    return classifier.classify(message).intents();
  }

  @ParameterizedTest(name = "{1} <- {0}")
  @CsvSource(delimiter = '|', value = {
      "JSON parse error: Unexpected character ('}' (code 125))   | MALFORMED_REQUEST",
      "Missing required field: email                             | MALFORMED_REQUEST",
      "quantity must be an integer                               | MALFORMED_REQUEST",
      "Invalid input                                             | INVALID_INPUT",
      "Validation failed                                         | INVALID_INPUT",
      "startDate: must be a future date                          | SEMANTIC_VALIDATION",
      "The Email field is not a valid e-mail address.            | SEMANTIC_VALIDATION",
      "Invalid email format                                      | SEMANTIC_VALIDATION",
      "User not found                                            | NOT_FOUND",
      "No Order matches the given query.                         | NOT_FOUND",
      "Not authenticated                                         | UNAUTHENTICATED",
      "jwt expired                                               | UNAUTHENTICATED",
      "Insufficient permissions                                  | FORBIDDEN",
      "Email has already been taken                              | CONFLICT",
      "duplicate key value violates unique constraint            | CONFLICT",
      "Rate limit exceeded                                       | RATE_LIMITED",
      "You have exceeded a secondary rate limit                  | RATE_LIMITED",
      "Unsupported Media Type                                    | UNSUPPORTED_MEDIA_TYPE",
      "Maximum upload size exceeded                              | TOO_LARGE",
      "Request Header Or Cookie Too Large                        | HEADERS_TOO_LARGE",
      "URI too long                                              | URI_TOO_LONG",
      "Method not allowed                                        | METHOD_NOT_ALLOWED",
      "Method PATCH not allowed                                  | METHOD_NOT_ALLOWED",
      "This feature is not yet implemented                       | NOT_IMPLEMENTED",
      "java.lang.NullPointerException                            | SERVER_FAULT",
      "undefined method `name' for nil:NilClass                  | SERVER_FAULT",
      "socket hang up                                            | BAD_UPSTREAM",
      "no healthy upstream                                       | UNAVAILABLE",
      "upstream request timeout                                  | UPSTREAM_TIMEOUT"})
  void findsEachIntent(String message, MessageIntent expected) {
    assertThat(intents(message)).containsExactly(expected);
  }

  @Test
  void negationWithinTheClauseCancelsAPhrase() {
    assertThat(intents("No conflict detected")).isEmpty();
    assertThat(intents("This is not an internal error")).isEmpty();
    assertThat(intents("Request was not throttled")).isEmpty();
    assertThat(intents("User does not already exist")).isEmpty();
    assertThat(intents("Found no version conflict")).isEmpty();
  }

  @Test
  void negationDoesNotReachAcrossClausesOrPreviousPhrases() {
    // "not" belongs to "not found", and the colon ends its clause.
    assertThat(intents("Not found: user already exists")).containsExactlyInAnyOrder(NOT_FOUND, CONFLICT);
    assertThat(intents("Could not save, email already exists")).containsExactly(CONFLICT);
    // A negation that is part of the phrase is not a negation of it.
    assertThat(intents("value must not be null")).containsExactly(MALFORMED_REQUEST);
  }

  @Test
  void quotedValuesAreOpaque() {
    assertThat(intents("Unknown status 'not found'")).isEmpty();
    assertThat(intents("Invalid value \"already exists\" for parameter reason")).containsExactly(INVALID_INPUT);
    assertThat(intents("Search term «duplicate entry» is too common")).isEmpty();
    // Apostrophes inside words are not quotes.
    assertThat(intents("Couldn't find User with 'id'=42")).containsExactly(NOT_FOUND);
  }

  @Test
  void identifiersStayWhole() {
    assertThat(intents("Missing required parameter: conflict_id")).containsExactly(MALFORMED_REQUEST);
    assertThat(intents("upstream_url must be set")).isEmpty();
    assertThat(intents("rate_limit_exceeded")).containsExactly(RATE_LIMITED);
  }

  @Test
  void theLongestPhraseShadowsShorterOnesInsideIt() {
    assertThat(intents("Invalid JSON: duplicate field 'id'")).containsExactly(MALFORMED_REQUEST);
    assertThat(intents("Cannot find module './config.json'")).containsExactly(SERVER_FAULT);
    assertThat(intents("no such table: sessions")).containsExactly(SERVER_FAULT);
    assertThat(intents("CSRF Failed: CSRF token missing.")).isEmpty();
    assertThat(intents("Payment method not allowed for this merchant")).isEmpty();
    assertThat(intents("Template not found")).containsExactlyInAnyOrder(SERVER_SUBJECT, NOT_FOUND);
  }

  @Test
  void phrasesDoNotSpanPunctuation() {
    assertThat(intents("Request header: too large")).isEmpty();
    assertThat(intents("not. found")).isEmpty();
  }

  @Test
  void weakPhrasesNameAFamilyOnly() {
    Classification c = classifier.classify("Unauthorized");
    assertThat(c.has(UNAUTHENTICATED)).isTrue();
    assertThat(c.hasStrong(UNAUTHENTICATED)).isFalse();
    assertThat(classifier.classify("Access denied").hasStrong(FORBIDDEN)).isFalse();
    assertThat(classifier.classify("Permission denied").hasStrong(FORBIDDEN)).isTrue();
  }

  @Test
  void reasonPhrasesOfTheResponseItselfAreIgnored() {
    Classification c = classifier.classify("Internal Server Error\nUser not found");
    assertThat(c.intents()).containsExactlyInAnyOrder(SERVER_FAULT, NOT_FOUND);
    assertThat(c.ignoringReasonPhraseOf(500).intents()).containsExactly(NOT_FOUND);
    // Inside a sentence the phrase is the message's own word.
    assertThat(c.ignoringReasonPhraseOf(404).intents()).containsExactlyInAnyOrder(SERVER_FAULT, NOT_FOUND);
    assertThat(c.ignoringReasonPhraseOf(400)).isSameAs(c);
    // A status line, and a label before the explanation, restate the code.
    assertThat(classifier.classify("HTTP Status 404 \u2013 Not Found").ignoringReasonPhraseOf(404).isEmpty()).isTrue();
    assertThat(classifier.classify("Forbidden: missing token").ignoringReasonPhraseOf(403).intents())
        .containsExactly(UNAUTHENTICATED);
    assertThat(classifier.classify("Internal server error occurred in billing").ignoringReasonPhraseOf(500)
        .intents()).containsExactly(SERVER_FAULT);
  }

  @Test
  void aQuotedStatusLineIsMarked() {
    Classification c = classifier.classify("Upstream said 401 Unauthorized");
    assertThat(c.quotesStatusLine(MessageIntent.Family.CALLER)).isTrue();
    assertThat(classifier.classify("401: Unauthorized").quotesStatusLine(MessageIntent.Family.CALLER)).isFalse();
  }

  @Test
  void contextMarkersAreReported() {
    assertThat(intents("Webhook URL returned an error: connection refused"))
        .containsExactlyInAnyOrder(CALLER_SUBJECT, UNAVAILABLE);
    assertThat(intents("Failed to parse response from payment provider"))
        .containsExactlyInAnyOrder(MALFORMED_REQUEST, SERVER_SUBJECT);
  }

  @Test
  void matchesCarryTheirPositionInTheText() {
    String msg = "Oops: Rate limit exceeded";
    Classification.Match m = classifier.classify(msg).first(RATE_LIMITED);
    assertThat(msg.substring(m.start(), m.end())).isEqualTo("Rate limit exceeded");
  }

  @Test
  void emptyAndBlankMessagesHaveNoIntent() {
    assertThat(classifier.classify(null).isEmpty()).isTrue();
    assertThat(classifier.classify("   ").isEmpty()).isTrue();
    assertThat(classifier.classify("Everything is fine").isEmpty()).isTrue();
  }

  @Test
  void longMessagesAreReadOnlyToTheCap() {
    String tail = "x ".repeat(IntentClassifier.MAX_CHARS) + "internal server error";
    assertThat(classifier.classify(tail).isEmpty()).isTrue();
  }

  /** Phrases added after the held-out round (corpus-heldout), on fresh wording, and their look-alikes. */
  @Test
  void phrasesOfTheHeldOutRound() {
    assertThat(intents("Sorry, something broke on our end")).containsExactly(SERVER_FAULT);
    assertThat(intents("Method PATCH is not supported here")).containsExactly(METHOD_NOT_ALLOWED);
    assertThat(intents("Shipping method post is not supported")).isEmpty();
    assertThat(intents("count must be an integer between 1 and 100")).containsExactly(SEMANTIC_VALIDATION);
    assertThat(intents("The order was modified since you last fetched it")).containsExactly(CONFLICT);
    assertThat(intents("Client lacks the billing permission")).containsExactly(FORBIDDEN);
    assertThat(intents("Invalid signature")).containsExactly(UNAUTHENTICATED);
    assertThat(classifier.classify("Invalid signature").hasStrong(UNAUTHENTICATED)).isFalse();
    assertThat(intents("Outbound request validation failed")).contains(SERVER_SUBJECT);
  }
}
