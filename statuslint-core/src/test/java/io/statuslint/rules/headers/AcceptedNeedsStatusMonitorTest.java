package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.request;

import io.statuslint.model.Body;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;

class AcceptedNeedsStatusMonitorTest {

  private final RuleTester rule = RuleTester.of(new AcceptedNeedsStatusMonitor());

  private static ExchangeBuilder accepted() {
    return request("POST", "/reports").respond(202);
  }

  @Test
  void flagsAcceptedWithNothingToFollow() {
    rule.given(accepted()).expectFinding("202", "Location");
  }

  @Test
  void flagsBareIdsInTheBody() {
    rule.given(accepted().json("{\"id\":\"42\",\"jobId\":\"job-7\",\"state\":\"queued\",\"count\":3}"))
        .expectFinding("202");
  }

  @Test
  void flagsStringsThatAreNotAbsoluteUrlsOrPaths() {
    rule.given(accepted().json("{\"next\":\"jobs/42\"}")).expectFinding("202");
    rule.given(accepted().json("{\"next\":\"ftp://files.example/jobs/42\"}")).expectFinding("202");
    rule.given(accepted().json("{\"next\":\"//cdn.example/jobs/42\"}")).expectFinding("202");
    rule.given(accepted().json("{\"next\":\"/\"}")).expectFinding("202");
    rule.given(accepted().json("{\"next\":\"http://\"}")).expectFinding("202");
    rule.given(accepted().json("{\"next\":\"/jobs/4 2\"}")).expectFinding("202");
    rule.given(accepted().json("{\"message\":\"see https://docs.example/async\"}")).expectFinding("202");
  }

  @Test
  void flagsUrlsDeeperThanTwoObjects() {
    rule.given(accepted().json("{\"job\":{\"status\":{\"href\":\"/jobs/42\"}}}")).expectFinding("202");
  }

  @Test
  void hypermediaLinkContainersAddNoDepth() {
    rule.given(accepted().json("{\"_links\":{\"status\":{\"href\":\"/jobs/42\"}}}")).expectClean();
    rule.given(accepted().json("{\"data\":{\"id\":\"7\",\"links\":{\"self\":\"/jobs/7\"}}}")).expectClean();
    rule.given(accepted().json("{\"_links\":{\"status\":{\"deep\":{\"href\":\"/jobs/42\"}}}}"))
        .expectFinding("202");
  }

  @Test
  void flagsInvalidCompleteJsonEvenIfItMentionsAPath() {
    rule.given(accepted().json("{\"status\": /jobs/42}")).expectFinding("202");
  }

  @Test
  void flagsNonJsonBodies() {
    rule.given(accepted().header("Content-Type", "text/html").body("<a href=\"/jobs/42\">status</a>"))
        .expectFinding("202");
    rule.given(accepted().header("Content-Type", "image/png").body("\u0089PNG /jobs/42"))
        .expectFinding("202");
  }

  @Test
  void acceptsAnyOfTheThreeHeaders() {
    rule.given(accepted().header("Location", "/jobs/42")).expectClean();
    rule.given(accepted().header("content-location", "/jobs/42")).expectClean();
    rule.given(accepted().header("Link", "</jobs/42>; rel=\"monitor\"")).expectClean();
  }

  @Test
  void acceptsUrlMembersUpToDepthTwo() {
    rule.given(accepted().json("{\"status\":\"/jobs/42\"}")).expectClean();
    rule.given(accepted().json("{\"id\":7,\"monitor\":\"https://api.example.com/jobs/7?view=status\"}"))
        .expectClean();
    rule.given(accepted().json("{\"job\":{\"id\":7,\"href\":\"/jobs/7\"}}")).expectClean();
    rule.given(accepted().json("\"/jobs/7\"")).expectClean();
    rule.given(accepted().json("[{\"url\":\"HTTP://api.example.com/jobs/7\"}]")).expectClean();
  }

  @Test
  void arraysDoNotAddDepth() {
    rule.given(accepted().json("{\"links\":[{\"rel\":\"monitor\",\"href\":\"/jobs/7\"}]}")).expectClean();
  }

  @Test
  void readsJsonUnderAGenericOrMissingContentType() {
    rule.given(accepted().header("Content-Type", "text/plain").body("{\"status\":\"/jobs/7\"}"))
        .expectClean();
    rule.given(accepted().body(" {\"status\":\"/jobs/7\"}")).expectClean();
    rule.given(accepted().header("Content-Type", "application/vnd.acme+json").body("{\"status\":\"/jobs/7\"}"))
        .expectClean();
  }

  @Test
  void staysSilentWhenTheBodyWasNotRecorded() {
    rule.given(accepted().unknownBody()).expectClean();
  }

  @Test
  void staysSilentOnATruncatedPrefixThatMayHoldAUrlFurtherOn() {
    String prefix = "{\"id\":7,\"notes\":\"aaaaaaaa";
    rule.given(accepted().header("Content-Type", "application/json").body(Body.truncated(prefix, 9000)))
        .expectClean();
  }

  @Test
  void judgesATruncatedPrefixWhoseTopLevelValueIsComplete() {
    rule.given(accepted().header("Content-Type", "application/json").body(Body.truncated("{\"id\":7}  ", 9000)))
        .expectFinding("202");
    rule.given(accepted().header("Content-Type", "application/json")
            .body(Body.truncated("{\"status\":\"/jobs/7\",\"notes\":\"aaa", 9000)))
        .expectClean();
  }

  @Test
  void staysSilentWhenAHugeBodyHasNoUrlWithinTheScannedPrefix() {
    String huge = "{\"notes\":\"" + "a".repeat(JsonUrlMembers.MAX_CHARS) + "\",\"status\":\"/jobs/7\"}";
    rule.given(accepted().json(huge)).expectClean();
  }

  @Test
  void ignoresOtherCodes() {
    rule.given(request("POST", "/reports").respond(200)).expectClean();
    rule.given(request("POST", "/reports").respond(204)).expectClean();
  }

  @Test
  void judgesSpecResponses() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 202), "/reports").expectFinding("202");
    rule.given(DeclaredResponse.of("POST", "/jobs", 202).example("{\"id\":\"7\"}"), "/reports").expectFinding("202");
    rule.given(DeclaredResponse.of("POST", "/jobs", 202).declaresHeader("Location"), "/reports").expectClean();
    rule.given(DeclaredResponse.of("POST", "/jobs", 202).example("{\"status\":\"/jobs/7\"}"), "/reports").expectClean();
  }

  @Test
  void staysSilentOnUnknownSpecFacts() {
    // Content without an example: its schema may well hold a URL member.
    rule.given(DeclaredResponse.of("POST", "/jobs", 202).content("application/json"), "/reports").expectClean();
    rule.given(DeclaredResponse.of("POST", "/jobs", 202).unknownHeader("Link"), "/reports").expectClean();
  }
}
