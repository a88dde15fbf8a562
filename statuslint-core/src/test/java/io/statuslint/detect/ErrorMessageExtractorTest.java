package io.statuslint.detect;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.rule.ExchangeView;
import org.junit.jupiter.api.Test;

class ErrorMessageExtractorTest {

  private static String json(String body) {
    return ErrorMessageExtractor.fromBody(Body.ofText(body), "application/json");
  }

  private static String fromExchange(ExchangeBuilder b) {
    return ErrorMessageExtractor.extract(new ExchangeView(b.build()));
  }

  @Test
  void readsTheTopLevelMessageMembersInOrder() {
    assertThat(json("{\"timestamp\":\"t\",\"status\":500,\"error\":\"Internal Server Error\","
        + "\"message\":\"User not found\",\"path\":\"/u/1\"}"))
        .isEqualTo("Internal Server Error\nUser not found");
    assertThat(json("{\"type\":\"about:blank\",\"title\":\"Conflict\",\"detail\":\"Version 3 is stale\"}"))
        .isEqualTo("Conflict\nVersion 3 is stale");
    assertThat(json("{\"msg\":\"Missing JWT\"}")).isEqualTo("Missing JWT");
    assertThat(json("{\"error\":\"invalid_grant\",\"error_description\":\"Code expired\"}"))
        .isEqualTo("invalid_grant\nCode expired");
    assertThat(json("{\"errorMessage\":\"Task timed out\"}")).isEqualTo("Task timed out");
    assertThat(json("{\"Message\":\"An error has occurred.\"}")).isEqualTo("An error has occurred.");
  }

  @Test
  void readsNestedErrorEnvelopesOneLevelDeep() {
    assertThat(json("{\"error\":{\"type\":\"invalid_request_error\",\"message\":\"No such customer\"}}"))
        .isEqualTo("No such customer");
    assertThat(json("{\"errors\":[{\"field\":\"a\",\"message\":\"first\"},{\"message\":\"second\"}]}"))
        .isEqualTo("first");
    assertThat(json("{\"errors\":[\"Name is too long\"]}")).isEqualTo("Name is too long");
    assertThat(json("{\"title\":\"One or more validation errors occurred.\","
        + "\"errors\":{\"Email\":[\"The Email field is required.\"],\"Name\":[\"x\"]}}"))
        .isEqualTo("One or more validation errors occurred.\nThe Email field is required.");
    assertThat(json("{\"detail\":[{\"loc\":[\"body\",\"name\"],\"msg\":\"field required\"}]}"))
        .isEqualTo("field required");
    assertThat(json("{\"statusCode\":400,\"message\":[\"email must be an email\",\"x\"],\"error\":\"Bad Request\"}"))
        .isEqualTo("email must be an email\nBad Request");
  }

  @Test
  void ignoresMessagesThatBelongToData() {
    assertThat(json("{\"data\":{\"message\":\"hello\"},\"items\":[{\"title\":\"Conflict\"}]}")).isNull();
    assertThat(json("{\"status\":\"fail\",\"code\":409}")).isNull();
  }

  @Test
  void bareStringsArraysAndEscapes() {
    assertThat(json("\"User not found\"")).isEqualTo("User not found");
    assertThat(json("[{\"message\":\"first\"}]")).isEqualTo("first");
    assertThat(json("{\"message\":\"Line \\\"one\\\"\\nline \\u0074wo\"}")).isEqualTo("Line \"one\"\nline two");
  }

  @Test
  void aTruncatedPrefixYieldsWhatCameBeforeTheCut() {
    String prefix = "{\"message\":\"Rate limit exceeded\",\"trace\":\"java.lang.Ille";
    assertThat(ErrorMessageExtractor.fromBody(Body.truncated(prefix, 90_000), "application/json"))
        .isEqualTo("Rate limit exceeded");
    assertThat(json("{\"message\":\"Rate limi")).isNull();
    assertThat(json("not json at all {")).isNull();
  }

  @Test
  void readsOnlyABoundedPrefix() {
    String filler = "{\"trace\":\"" + "x".repeat(ErrorMessageExtractor.MAX_SCAN) + "\",\"message\":\"late\"}";
    assertThat(json(filler)).isNull();
    String longMessage = "{\"message\":\"" + "a".repeat(5_000) + "\"}";
    assertThat(json(longMessage)).hasSize(ErrorMessageExtractor.MAX_SEGMENT);
  }

  @Test
  void readsHtmlTitleHeadingAndPre() {
    String nginx = "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
        + "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>";
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText(nginx), "text/html")).isEqualTo("502 Bad Gateway");
    String express = "<!DOCTYPE html><html><head><title>Error</title></head><body>"
        + "<pre>SyntaxError: Unexpected token } in JSON at position 9<br> &nbsp;at JSON.parse</pre></body></html>";
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText(express), "text/html"))
        .isEqualTo("Error\nSyntaxError: Unexpected token } in JSON at position 9");
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText("<TITLE>A &amp; B</TITLE>"), null)).isEqualTo("A & B");
    // <titles> is not <title>.
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText("<html><titles>x</titles></html>"), "text/html")).isNull();
  }

  @Test
  void readsXmlMessages() {
    String s3 = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>SlowDown</Code>"
        + "<Message>Please reduce your request rate.</Message></Error>";
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText(s3), "application/xml"))
        .isEqualTo("Please reduce your request rate.");
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText(s3), null)).isEqualTo("Please reduce your request rate.");
  }

  @Test
  void readsTheStartOfPlainText() {
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText("  no healthy upstream\n"), "text/plain"))
        .isEqualTo("no healthy upstream");
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText("x".repeat(1_000)), null))
        .hasSize(ErrorMessageExtractor.MAX_SEGMENT);
    // A JSON body mislabelled as text is still read as JSON.
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText("{\"message\":\"m\"}"), "text/plain")).isEqualTo("m");
  }

  @Test
  void unreadableBodiesHaveNoMessage() {
    assertThat(ErrorMessageExtractor.fromBody(Body.unknown(), "application/json")).isNull();
    assertThat(ErrorMessageExtractor.fromBody(Body.absent(), "application/json")).isNull();
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText("GIF89a..."), "image/gif")).isNull();
    assertThat(ErrorMessageExtractor.fromBody(Body.ofText("   "), "text/plain")).isNull();
  }

  @Test
  void onlyErrorResponsesAreRead() {
    assertThat(fromExchange(request("GET", "/x").respond(200).json("{\"message\":\"Not found\"}"))).isNull();
    assertThat(fromExchange(request("GET", "/x").respond(302).json("{\"message\":\"Not found\"}"))).isNull();
    assertThat(fromExchange(request("GET", "/x").respond(404).json("{\"message\":\"Not found\"}")))
        .isEqualTo("Not found");
    assertThat(fromExchange(request("GET", "/x").respond(503).header("Content-Type", "text/plain; charset=utf-8")
        .body("Service Unavailable"))).isEqualTo("Service Unavailable");
  }

  @Test
  void specDescriptionsAreReadUnlessTheyTalkAboutOtherCodes() {
    assertThat(ErrorMessageExtractor.fromDescription("Invalid input", 405)).isEqualTo("Invalid input");
    assertThat(ErrorMessageExtractor.fromDescription("Forbidden; send 401 when the token is missing", 403)).isNull();
    assertThat(ErrorMessageExtractor.fromDescription("403 Forbidden: insufficient permission", 403))
        .isEqualTo("403 Forbidden: insufficient permission");
    assertThat(ErrorMessageExtractor.fromDescription("Limit of 4000 items", 400)).isEqualTo("Limit of 4000 items");
    assertThat(ErrorMessageExtractor.fromDescription(" ", 400)).isNull();
    assertThat(ErrorMessageExtractor.fromDescription(null, 400)).isNull();
  }
}
