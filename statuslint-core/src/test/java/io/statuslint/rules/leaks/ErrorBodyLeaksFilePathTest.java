package io.statuslint.rules.leaks;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.statuslint.finding.Finding;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ErrorBodyLeaksFilePathTest {

  private final RuleTester rule = RuleTester.of(new ErrorBodyLeaksFilePath());

  @Test
  void flagsAServerPath() {
    Finding f = rule.given(request("GET", "/invoices/7").respond(500).json(
        "{\"error\":\"ENOENT: no such file or directory, open '/app/config/production.json'\"}"))
        .expectFinding("500 body leaks a server file path", "/app/config/production.json");
    assertEquals("/app/config/production.json", f.evidence());
  }

  @Test
  void flagsAWindowsPath() {
    rule.given(request("GET", "/orders").respond(500).json("{\"error\":\"Could not find file 'C:\\\\inetpub\\\\wwwroot"
        + "\\\\App_Data\\\\orders.xml'.\"}")).expectFinding("Windows file path");
  }

  @Test
  void leavesTheEchoedRequestPathAlone() {
    rule.given(request("GET", "/app/settings").respond(404).json(
        "{\"status\":404,\"error\":\"Not Found\",\"path\":\"/app/settings/profile\"}")).expectFinding("/app/settings");
    rule.given(request("GET", "/app/settings/profile").respond(404).json(
        "{\"status\":404,\"error\":\"Not Found\",\"path\":\"/app/settings/profile\"}")).expectClean();
  }

  @Test
  void leavesApiPathsAndUrlsAlone() {
    rule.given(request("GET", "/orders/42/items").respond(404).header("Content-Type", "application/problem+json")
        .body("{\"title\":\"Not Found\",\"status\":404,\"instance\":\"/orders/42/items\"}")).expectClean();
    rule.given(request("GET", "/x").respond(404).json("{\"see\":\"https://cdn.acme.com/var/www/app.php\"}"))
        .expectClean();
  }

  @Test
  void judgesASpecExampleAgainstItsPathTemplate() {
    rule.given(DeclaredResponse.of("GET", "/files/{id}", 404).example("{\"detail\":\"No route for /users/{id}\"}"), "/files/{id}")
        .expectClean();
    rule.given(DeclaredResponse.of("GET", "/files/{id}", 500).example("{\"detail\":\"open /var/lib/shop/files/7: denied\"}"), "/files/{id}")
        .expectFinding("500 response example leaks a server file path");
  }
}
