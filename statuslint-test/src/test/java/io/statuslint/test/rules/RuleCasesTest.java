package io.statuslint.test.rules;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.model.Body;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import io.statuslint.rules.bodies.NoContentWithBody;
import io.statuslint.rules.headers.CreatedNeedsLocation;
import io.statuslint.rules.headers.RateLimitNeedsRetryAfter;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

class RuleCasesTest {

  @TestFactory
  Stream<DynamicTest> rateLimitRetryAfter() {
    return RuleCases.of(new RateLimitNeedsRetryAfter()).tests("cases/rate-limit-retry-after.http");
  }

  @TestFactory
  Stream<DynamicTest> noContentBody() {
    return RuleCases.of(new NoContentWithBody()).tests("cases/no-content-body.http");
  }

  @Test
  void aMismatchNamesTheCaseTheExpectationAndWhatWasFound() {
    RuleCases kit = RuleCases.of(new CreatedNeedsLocation());

    assertThatThrownBy(() -> kit.verify("cases/kit-self-check.http"))
        .isInstanceOf(AssertionError.class)
        .hasMessageStartingWith("2 of 2 cases failed:")
        .hasMessageContaining("cases/kit-self-check.http:1 \"a wrong expectation\": POST /orders -> 201")
        .hasMessageContaining("expected but not found: created-location \"Content-Location\"")
        .hasMessageContaining("found but not expected:")
        .hasMessageContaining("cases/kit-self-check.http:7 \"a missed look-alike\"")
        .hasMessageContaining("expected no finding, but found:\n    1. [warning] created-location");
  }

  @Test
  void aCustomRuleIsTestedTheSameWay() {
    // A team's own rule, written as a lambda: "our API never answers 302".
    Rule no302 = Rule.define(RuleMetadata.of("no-302", Severity.WARNING, "302 is ambiguous; use 303 or 307"),
        (response, findings) -> {
          if (response.status() == 302) {
            findings.report("302 Found is ambiguous for clients", io.statuslint.rule.Suggestion.code(303, "use 303"),
                null);
          }
        });
    List<RuleCase> cases = RuleCases.parse("inline", """
        ### a 302
        # expect: no-302 "ambiguous"
        # suggests: 303
        GET /old
        HTTP/1.1 302 Found
        Location: /new

        ### a 303
        GET /old
        HTTP/1.1 303 See Other
        Location: /new
        """);

    RuleCases.of(no302).verify(cases);
    assertThat(cases.get(0).exchange().response().headers().first("Location")).isEqualTo("/new");
  }

  @Test
  void parsesRequestBodiesStatesAndMarkers() {
    List<RuleCase> cases = RuleCases.parse("inline", """
        ### with everything
        # A comment explains the case.
        # expect: created-location "Location"
        # body: truncated 9000
        # request-headers: provisional
        POST https://api.example.com/orders HTTP/1.1
        Content-Type: application/json

        {"item": "pen",
         "count": 2}

        HTTP/1.1 201 Created
        Content-Type: application/json

        {"id": 43
        """);

    RuleCase c = cases.get(0);
    assertThat(c.source()).isEqualTo("inline:1");
    assertThat(c.expected()).hasSize(1);
    assertThat(c.exchange().request().method()).isEqualTo("POST");
    assertThat(c.exchange().request().url()).isEqualTo("https://api.example.com/orders");
    assertThat(c.exchange().request().headersProvisional()).isTrue();
    assertThat(c.exchange().request().body().text()).isEqualTo("{\"item\": \"pen\",\n \"count\": 2}");
    assertThat(c.exchange().response().reason()).isEqualTo("Created");
    assertThat(c.exchange().response().body().state()).isEqualTo(Body.State.TRUNCATED);
    assertThat(c.exchange().response().body().size()).isEqualTo(9000);
    assertThat(c.exchange().response().body().text()).isEqualTo("{\"id\": 43");
  }

  @Test
  void brokenCaseFilesSayWhereAndWhy() {
    assertThatThrownBy(() -> RuleCases.parse("f.http", "### no request\n# expect: x\n"))
        .hasMessage("f.http:1: case \"no request\" has no request line");
    assertThatThrownBy(() -> RuleCases.parse("f.http", "### t\nGET /a\n\nnot a status line\n"))
        .hasMessage("f.http:2: case \"t\" has no status line such as \"HTTP/1.1 201 Created\"");
    assertThatThrownBy(() -> RuleCases.parse("f.http", "### t\n# expect: created-location Location\nGET /a\n"))
        .hasMessage("f.http:2: message fragments must be in double quotes");
    assertThatThrownBy(() -> RuleCases.parse("f.http", "### t\n#expects: x\nGET /\nHTTP 200\n"))
        .hasMessageContaining("f.http:2: unknown marker");
    assertThatThrownBy(() -> RuleCases.load("cases/none.http")).hasMessageContaining("no case file cases/none.http");
  }
}
