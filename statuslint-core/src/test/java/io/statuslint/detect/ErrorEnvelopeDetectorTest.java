package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.detect.ErrorEnvelopeDetector.Signal;
import io.statuslint.detect.ErrorEnvelopeDetector.Verdict;
import io.statuslint.model.Body;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ErrorEnvelopeDetectorTest {

  private static final String JSON = "application/json";

  private static Body text(String s) {
    return Body.ofBytes(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  private static Verdict json(String body) {
    return ErrorEnvelopeDetector.inspect(text(body), JSON);
  }

  @Test
  void flagFalse() {
    Verdict v = json("{\"ok\":false,\"error\":\"channel_not_found\"}");
    assertThat(v.signal()).isEqualTo(Signal.FLAG_FALSE);
    assertThat(v.reason()).isEqualTo("\"ok\" is false");
    assertThat(v.evidence()).contains("\"ok\": false").contains("channel_not_found");
    assertThat(v.suggestedCode()).isEqualTo(404);
  }

  @Test
  void failureStatusWithOnlyMessages() {
    Verdict v = json("{\"status\":\"error\",\"message\":\"Unable to communicate with database\"}");
    assertThat(v.signal()).isEqualTo(Signal.FAILURE_STATUS);
    assertThat(v.suggestedCode()).isEqualTo(500);
  }

  @Test
  void jsendFailKeepsItsDataAsTheFailureDetail() {
    assertThat(json("{\"status\":\"fail\",\"data\":{\"title\":\"A title is required\"}}").signal())
        .isEqualTo(Signal.FAILURE_STATUS);
  }

  @Test
  void numericStatusSuggestsItself() {
    Verdict v = json("{\"timestamp\":\"2024-05-02T10:16:02Z\",\"status\":404,\"error\":\"Not Found\",\"path\":\"/x\"}");
    assertThat(v.signal()).isEqualTo(Signal.ERROR_CODE);
    assertThat(v.suggestedCode()).isEqualTo(404);
    assertThat(json("{\"message\":\"Not Found\",\"status\":\"404\"}").suggestedCode()).isEqualTo(404);
    assertThat(json("{\"code\":499,\"msg\":\"x\"}").suggestedCode()).as("unregistered: its class").isEqualTo(400);
  }

  @Test
  void errorAndErrorsMembers() {
    assertThat(json("{\"error\":\"Something went wrong\"}").signal()).isEqualTo(Signal.ERROR_MEMBER);
    assertThat(json("{\"error\":true,\"message\":\"Record not found\"}").suggestedCode()).isEqualTo(404);
    assertThat(json("{\"errors\":[{\"message\":\"Syntax Error\"}],\"data\":null}").signal())
        .isEqualTo(Signal.ERRORS_MEMBER);
    assertThat(json("{\"error\":{\"code\":404,\"message\":\"Requested entity was not found.\"}}").suggestedCode())
        .as("nested code read for the suggestion").isEqualTo(404);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "{\"errors\":[],\"data\":{\"id\":1}}",
      "{\"error\":null,\"data\":{\"id\":1}}",
      "{\"error\":\"\",\"result\":[]}",
      "{\"error\":false,\"message\":\"saved\"}",
      "{\"error\":0,\"msg\":\"ok\"}",
      "{\"success\":true,\"data\":{}}",
      "{\"success\":true,\"error\":\"ignored\"}",
      "{\"id\":42,\"status\":\"failed\",\"error\":\"Timed out after 180s\"}",
      "{\"took\":30,\"errors\":true,\"items\":[{\"index\":{\"status\":400}}]}",
      "{\"data\":{\"user\":null},\"errors\":[{\"message\":\"partial\"}]}",
      "[{\"error\":\"x\"}]",
      "{\"id\":\"dlv_1\",\"status\":500}",
      "{\"code\":\"SAVE20\",\"discount\":20}",
      "{\"result\":{\"status\":\"error\"}}",
      "{\"status\":\"ok\",\"error\":\"x\"}",
      "{\"valid\":false,\"errors\":[{\"path\":\"$.email\"}]}",
      "{\"status\":\"UP\"}",
      "{}",
      "{\"error\":\"none\"}"})
  void lookAlikesAreClean(String body) {
    assertThat(json(body)).as(body).isNull();
  }

  @Test
  void onlyTopLevelMembersCount() {
    assertThat(json("{\"wrapper\":{\"success\":false}}")).isNull();
  }

  @Test
  void aTruncatedBodyGivesNoVerdictUnlessItsPrefixSuffices() {
    assertThat(ErrorEnvelopeDetector.inspect(Body.truncated("{\"success\":false,\"message\":\"x\",\"ite", 5000), JSON))
        .as("resource data may follow the cut").isNull();
    assertThat(ErrorEnvelopeDetector.inspect(Body.truncated("<html><head><title>502 Bad Gateway</title>", 5000),
        "text/html").signal()).isEqualTo(Signal.ERROR_PAGE);
  }

  @Test
  void problemDetailsMediaTypeIsAFailureReport() {
    Verdict v = ErrorEnvelopeDetector.inspect(text("{\"title\":\"Not Found\",\"status\":404}"),
        "application/problem+json");
    assertThat(v.signal()).isEqualTo(Signal.PROBLEM_DETAILS);
    assertThat(v.suggestedCode()).isEqualTo(404);
  }

  @Test
  void sniffsJsonSentAsHtmlOrWithoutMediaType() {
    assertThat(ErrorEnvelopeDetector.inspect(text("{\"success\":false}"), "text/html").signal())
        .isEqualTo(Signal.FLAG_FALSE);
    assertThat(ErrorEnvelopeDetector.inspect(text("{\"success\":false}"), null).signal())
        .isEqualTo(Signal.FLAG_FALSE);
    assertThat(ErrorEnvelopeDetector.inspect(text("{\"success\":false}"), "text/csv")).isNull();
  }

  @Test
  void htmlErrorPages() {
    Verdict v = ErrorEnvelopeDetector.inspect(text("<html><head><title>Page not found – Blog</title></head></html>"),
        "text/html");
    assertThat(v.signal()).isEqualTo(Signal.ERROR_PAGE);
    assertThat(v.suggestedCode()).isEqualTo(404);
    assertThat(ErrorEnvelopeDetector.inspect(text("<html><head><title>Acme</title></head></html>"), "text/html"))
        .isNull();
  }

  @Test
  void judgesDeclaredMembersWithTheSameDecision() {
    Verdict pinned = ErrorEnvelopeDetector.judgeMembers(List.of(
        JsonMember.of("success", JsonMember.Kind.BOOLEAN, "false", false),
        JsonMember.declared("message", JsonMember.Kind.STRING)));
    assertThat(pinned.signal()).isEqualTo(Signal.FLAG_FALSE);
    assertThat(ErrorEnvelopeDetector.judgeMembers(List.of(
        JsonMember.of("success", JsonMember.Kind.BOOLEAN, "false", false),
        JsonMember.declared("items", JsonMember.Kind.ARRAY)))).as("a declared data property").isNull();
  }

  @Test
  void unreadableBodiesGiveNoVerdict() {
    assertThat(ErrorEnvelopeDetector.inspect(Body.unknown(), JSON)).isNull();
    assertThat(ErrorEnvelopeDetector.inspect(Body.absent(), JSON)).isNull();
  }

  /** Held-out round: errors as a string (Shopify), JSON:API's "jsonapi" member. */
  @Test
  void errorsAsAStringAndJsonApiDocuments() {
    assertThat(json("{\"errors\":\"Not Found\"}").signal()).isEqualTo(Signal.ERRORS_MEMBER);
    assertThat(json("{\"errors\":\"none\"}")).isNull();
    assertThat(json("{\"errors\":\"\"}")).isNull();
    assertThat(json("{\"errors\":[{\"detail\":\"x\"}],\"jsonapi\":{\"version\":\"1.1\"}}").signal())
        .isEqualTo(Signal.ERRORS_MEMBER);
    assertThat(json("{\"data\":{\"id\":\"1\",\"type\":\"articles\"},\"jsonapi\":{\"version\":\"1.1\"}}"))
        .isNull();
  }
}
