package io.statuslint.rules.headers;

import static io.statuslint.model.ExchangeBuilder.get;
import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.rules.DeclaredResponse;
import io.statuslint.testing.RuleTester;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class InvalidLocationTest {

  private final RuleTester rule = RuleTester.of(new InvalidLocation());

  @ParameterizedTest
  @ValueSource(strings = {
      "https://api.example.com/orders/42",
      "/orders/42",
      "/search?filter[status]=open",
      "/caf\u00e9",
      "/docs#section[2]",
      "../a",
      "./a:b",
      "?q=1",
      "#x",
      "//host/p",
      "orders/42?view=full#top",
      "/search?q=a%20b&sort=-date",
      "http://[::1]:8080/x",
      "http://[2001:db8::7]/c=GB?objectClass?one",
      "http://[::ffff:192.0.2.1]/",
      "http://[v7.fe80::a+en1]/",
      "http://[fe80::1%25eth0]/",
      "http://user:pw@host:8080/p",
      "http://",
      "http:",
      "mailto:ops@example.com",
      "urn:uuid:f81d4fae-7dec-11d0-a765-00a0c91e6bf6",
      "/a/b;v=1/c!$&'()*+,=:@~",
      " /orders/42 "})
  void acceptsUriReferences(String value) {
    rule.given(request("POST", "/orders").respond(201).header("Location", value)).expectClean();
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "/orders/4 2",
      "/orders/<42>",
      "/orders/%zz",
      "/orders/%4",
      "/orders/50%",
      "http://[bad",
      "http://[::1",
      "http://[1:2:3:4:5:6:7:8:9]/",
      "http://[::1::2]/",
      "http://[12345::]/",
      "http://host:80:80/",
      "http://host:port/",
      "http://ex ample.com/",
      "http://a@b@c/",
      "/a#b#c",
      "/a\\b",
      "/a[1]",
      "/a\u00a0b",
      "/a|b",
      "/a{id}",
      "/a\"b",
      "1abc:def",
      ":foo",
      "ht~tp://host/"})
  void flagsInvalidReferences(String value) {
    assertThat(rule.given(get("/old").respond(302).header("Location", value))
            .expectFinding("Location").evidence())
        .startsWith("Location:");
  }

  @Test
  void checksTheHeaderOnAnyStatus() {
    rule.given(get("/orders").respond(200).header("Location", "/a b")).expectFinding("Location");
    rule.given(request("POST", "/jobs").respond(202).header("Location", "/jobs/<id>")).expectFinding("Location");
  }

  @Test
  void aMissingLocationIsNotThisRulesConcern() {
    rule.given(get("/old").respond(302)).expectClean();
    rule.given(get("/old").respond(302).header("Content-Location", "/a b")).expectClean();
  }

  @Test
  void isTrafficOnly() {
    rule.given(DeclaredResponse.of("POST", "/jobs", 201).declaresHeader("Location"), "/orders").expectClean();
  }
}
