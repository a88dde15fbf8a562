package io.statuslint.rules.leaks;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.statuslint.finding.Finding;
import io.statuslint.model.Body;
import io.statuslint.rule.Severity;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class ErrorBodyLeaksStackTraceTest {

  private static final String JAVA_TRACE = "java.lang.NullPointerException: Cannot invoke \"String.trim()\"\n"
      + "\tat com.acme.orders.OrderService.customerName(OrderService.java:5)\n"
      + "\tat com.acme.orders.OrderService.place(OrderService.java:7)\n";

  private final RuleTester rule = RuleTester.of(new ErrorBodyLeaksStackTrace());

  @Test
  void flagsATraceInA500WithItsKindAndEvidence() {
    Finding f = rule.given(request("GET", "/orders/42").respond(500).header("Content-Type", "text/plain").body(JAVA_TRACE))
        .expectFinding("500 body leaks a Java stack trace", "java.lang.NullPointerException");
    assertEquals(Severity.ERROR, f.severity());
    assertTrue(f.evidence().contains("at com.acme.orders.OrderService.customerName("), f.evidence());
  }

  @Test
  void flagsATraceInsideJsonAndIn4xx() {
    rule.given(request("POST", "/orders").respond(400).json(
        "{\"error\":\"Traceback (most recent call last):\\n  File \\\"/app/api.py\\\", line 3, in create\\nKeyError: 'sku'\"}"))
        .expectFinding("400 body leaks a Python traceback");
  }

  @Test
  void readsAKnownPrefixOfATruncatedBody() {
    rule.given(request("GET", "/orders/42").respond(502).body(Body.truncated(JAVA_TRACE.substring(0, 130), 9000)))
        .expectFinding("Java stack trace");
  }

  @Test
  void judgesASpecExampleTheSameWay() {
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 500).example(
        "{\"detail\":\"System.InvalidOperationException: boom\\r\\n   at Shop.Api.Get(Int32 id) in /src/Api.cs:line 9\"}"),
        "/orders/{id}")
        .expectFinding("500 response example leaks a .NET stack trace");
  }

  @Test
  void neverFiresOnSuccessUnknownOrBinaryBodies() {
    rule.given(request("GET", "/logs").respond(200).header("Content-Type", "text/plain").body(JAVA_TRACE)).expectClean();
    rule.given(request("GET", "/orders/42").respond(500).unknownBody()).expectClean();
    rule.given(DeclaredResponse.of("GET", "/orders/{id}", 500).content("application/json").unknownContent(), "/orders/{id}").expectClean();
    rule.given(request("GET", "/img/1").respond(404).header("Content-Type", "image/png").body(JAVA_TRACE)).expectClean();
    rule.given(request("GET", "/orders/42").respond(500)).expectClean();
  }

  @Test
  void leavesSafeErrorBodiesAlone() {
    rule.given(request("GET", "/orders/42").respond(500).json(
        "{\"type\":\"about:blank\",\"title\":\"Internal Server Error\",\"status\":500,"
            + "\"detail\":\"An unexpected exception occurred. Quote reference 7f3a.\"}")).expectClean();
    rule.given(request("GET", "/orders").respond(400).json(
        "{\"code\":\"InvalidParameterException\",\"message\":\"limit must be at most 100\"}")).expectClean();
  }

  @Test
  void declaresTheErrorCodesItCanFireOn() {
    int[] statuses = new ErrorBodyLeaksStackTrace().metadata().statuses();
    assertEquals(200, statuses.length);
    assertEquals(400, statuses[0]);
    assertEquals(599, statuses[199]);
  }
}
