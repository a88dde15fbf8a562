package io.statuslint.rules.bodies;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import io.statuslint.model.ResourceHint;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

class ErrorBodyNotProblemDetailsTest {

  private static final String SPRING_404 =
      "{\"timestamp\":\"2024-05-02T10:16:02.411+00:00\",\"status\":404,\"error\":\"Not Found\",\"path\":\"/api/o/7\"}";
  private static final String CHROME_NAV = "text/html,application/xhtml+xml,application/xml;q=0.9,image/avif,"
      + "image/webp,image/apng,*/*;q=0.8,application/signed-exchange;v=b3;q=0.7";

  private final RuleTester rule = RuleTester.of(new ErrorBodyNotProblemDetails());

  @Test
  void flagsSpringBootsDefaultErrorJson() {
    Finding f = rule.given(request("GET", "/api/o/7").header("Accept", "application/json").respond(404)
        .json(SPRING_404)).expectFinding("404", "application/json", "not Problem Details");
    assertThat(f.evidence()).isEqualTo("Content-Type: application/json");
    assertThat(f.suggestion().text()).contains("application/problem+json");
  }

  @Test
  void flagsHtmlPagesAnsweringApiCalls() {
    rule.given(request("GET", "/api/orders").header("Accept", "application/json, text/plain, */*").respond(502)
        .header("Content-Type", "text/html").body("<html><head><title>502 Bad Gateway</title></head></html>"))
        .expectFinding("HTML page");
  }

  @Test
  void flagsBodiesWithoutAMediaType() {
    rule.given(request("GET", "/api/ping").respond(404).body("Not Found")).expectFinding("without a Content-Type");
  }

  @Test
  void flagsAnXhrWhoseAcceptWasNotRecorded() {
    rule.given(request("GET", "/api/x").provisionalRequestHeaders().respond(500).json("{\"error\":\"x\"}")
        .resourceHint(ResourceHint.API)).expectFinding("500");
  }

  @Test
  void acceptsProblemDetails() {
    rule.given(request("GET", "/o/1").respond(404).header("Content-Type", "application/problem+json; charset=utf-8")
        .body("{\"title\":\"Not Found\",\"status\":404}")).expectClean();
    rule.given(request("GET", "/o/1").respond(400).header("Content-Type", "Application/Problem+XML")
        .body("<problem xmlns=\"urn:ietf:rfc:7807\"><status>400</status></problem>")).expectClean();
  }

  @Test
  void exemptsBodilessAndHeadResponses() {
    rule.given(request("GET", "/api/x").respond(404)).expectClean();
    rule.given(request("GET", "/api/x").respond(503).header("Content-Type", "application/json").unknownBody())
        .expectClean();
    rule.given(request("HEAD", "/api/x").respond(404).header("Content-Type", "text/html")
        .header("Content-Length", "120")).expectClean();
  }

  @Test
  void exemptsBrowserNavigations() {
    rule.given(request("GET", "/old-page").header("Accept", CHROME_NAV).respond(404)
        .header("Content-Type", "text/html").body("<html><title>404 Not Found</title></html>")).expectClean();
    rule.given(request("GET", "/help").header("Accept", "application/json;q=0.5, text/html").respond(404)
        .header("Content-Type", "text/html").body("<html></html>")).expectClean();
    rule.given(request("GET", "/docs").respond(404).header("Content-Type", "text/html").body("<html></html>")
        .resourceHint(ResourceHint.DOCUMENT)).expectClean();
  }

  @Test
  void stillFlagsWhenJsonOutranksHtml() {
    rule.given(request("GET", "/api/a").header("Accept", "text/html;q=0.5, application/json").respond(404)
        .json(SPRING_404)).expectFinding("404");
  }

  @Test
  void exemptsStaticAssets() {
    for (String url : List.of("/favicon.ico", "/static/js/main.3f9a.js", "/fonts/a.woff2", "/css/site.css?v=2")) {
      rule.given(request("GET", url).header("Accept", "*/*").respond(404).header("Content-Type", "text/html")
          .body("<html><title>404 Not Found</title></html>")).expectClean();
    }
    rule.given(request("GET", "/avatars/42").header("Accept", "*/*").respond(404).header("Content-Type", "text/html")
        .body("<html></html>").resourceHint(ResourceHint.STATIC_ASSET)).expectClean();
    rule.given(request("GET", "/avatars/42").header("Accept", "image/avif,image/webp,*/*").respond(404)
        .header("Content-Type", "text/html").body("<html></html>")).expectClean();
  }

  @Test
  void staysSilentWhenANavigationCannotBeRuledOut() {
    rule.given(request("GET", "/somewhere").provisionalRequestHeaders().respond(404)
        .header("Content-Type", "text/html").body("<html></html>")).expectClean();
  }

  @Test
  void judgesOnlyErrors() {
    rule.given(request("GET", "/api/x").respond(200).json(SPRING_404)).expectClean();
    rule.given(request("GET", "/api/x").respond(302).header("Content-Type", "text/html").body("<a>moved</a>"))
        .expectClean();
  }

  @Test
  void judgesASpecResponseByItsDeclaredMediaType() {
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 404).servedAs("application/json").resourceHint(ResourceHint.API).schema(List.of(), false), "/orders/{id}")
        .expectFinding("application/json");
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 404).servedAs("application/problem+json").resourceHint(ResourceHint.API).schema(List.of(), false), "/orders/{id}").expectClean();
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 404).servedAs(null).resourceHint(ResourceHint.API).schema(List.of(), false), "/orders/{id}").expectClean();
  }
}
