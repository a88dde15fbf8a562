package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.detect.JsonBody.Outcome;
import io.statuslint.model.Body;
import io.statuslint.rule.Fact;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonBodyTest {

  private static Body text(String s) {
    return Body.ofBytes(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void readsTopLevelMembersWithTheirKinds() {
    JsonBody b = JsonBody.of(text("{\"s\":\"x\",\"i\":404,\"d\":1.5,\"t\":true,\"n\":null,"
        + "\"o\":{\"deep\":[1,2,{\"x\":1}]},\"a\":[],\"e\":\"\"}"));
    assertThat(b.outcome()).isEqualTo(Outcome.OBJECT);
    assertThat(b.members()).extracting(JsonMember::name).containsExactly("s", "i", "d", "t", "n", "o", "a", "e");
    assertThat(b.member("s").value()).isEqualTo("x");
    assertThat(b.member("i").intValue()).isEqualTo(404);
    assertThat(b.member("d").kind()).isEqualTo(JsonMember.Kind.DECIMAL);
    assertThat(b.member("t").isTrue()).isTrue();
    assertThat(b.member("n").content()).isEqualTo(Fact.ABSENT);
    assertThat(b.member("o").content()).isEqualTo(Fact.PRESENT);
    assertThat(b.member("a").content()).isEqualTo(Fact.ABSENT);
    assertThat(b.member("e").content()).isEqualTo(Fact.ABSENT);
    assertThat(b.member("deep")).as("nested members are not top-level").isNull();
  }

  @Test
  void namesAreCaseSensitive() {
    JsonBody b = JsonBody.of(text("{\"Status\":500}"));
    assertThat(b.member("status")).isNull();
    assertThat(b.member("Status")).isNotNull();
  }

  @Test
  void scanStopsWhenTheVisitorSaysSo() {
    List<String> seen = new ArrayList<>();
    Outcome o = JsonBody.scan(text("{\"id\":1,\"name\":\"a\",\"x\":[1,2,3]}"), m -> {
      seen.add(m.name());
      return false;
    });
    assertThat(o).isEqualTo(Outcome.STOPPED);
    assertThat(seen).containsExactly("id");
  }

  @Test
  void aTruncatedPrefixIsACutObjectNeverInvalidJson() {
    Body cut = Body.truncated("{\"type\":\"about:blank\",\"title\":\"Not Fo", 400);
    JsonBody b = JsonBody.of(cut);
    assertThat(b.outcome()).isEqualTo(Outcome.CUT_OBJECT);
    assertThat(b.members()).extracting(JsonMember::name).containsExactly("type");
  }

  @Test
  void aNumberTouchingTheEndOfAPrefixIsNotTrusted() {
    // "status": 4 may be the first digit of 404
    JsonBody b = JsonBody.of(Body.truncated("{\"title\":\"x\",\"status\":4", 200));
    assertThat(b.outcome()).isEqualTo(Outcome.CUT_OBJECT);
    assertThat(b.member("status")).isNull();
    JsonBody whole = JsonBody.of(Body.truncated("{\"status\":404,\"ti", 200));
    assertThat(whole.member("status").intValue()).isEqualTo(404);
  }

  @Test
  void bodiesOverTheCapAreReadAsPrefixes() {
    StringBuilder sb = new StringBuilder("{\"error\":\"x\",\"pad\":\"");
    sb.append("a".repeat(JsonBody.MAX_CHARS + 10)).append("\"}");
    JsonBody b = JsonBody.of(text(sb.toString()));
    assertThat(b.outcome()).isEqualTo(Outcome.CUT_OBJECT);
    assertThat(b.member("error").value()).isEqualTo("x");
  }

  @Test
  void recognisesArraysScalarsAndNonJson() {
    assertThat(JsonBody.of(text("[{\"a\":1}]")).outcome()).isEqualTo(Outcome.ARRAY);
    assertThat(JsonBody.of(text("\"Not Found\"")).outcome()).isEqualTo(Outcome.SCALAR);
    assertThat(JsonBody.of(text("null")).outcome()).isEqualTo(Outcome.SCALAR);
    assertThat(JsonBody.of(text("Not Found")).outcome()).isEqualTo(Outcome.NOT_JSON);
    assertThat(JsonBody.of(text("{\"a\":1,}")).outcome()).isEqualTo(Outcome.NOT_JSON);
    assertThat(JsonBody.of(text("{\"a\":1} {\"b\":2}")).outcome()).isEqualTo(Outcome.NOT_JSON);
    assertThat(JsonBody.of(text("[1,")).outcome()).isEqualTo(Outcome.NOT_JSON);
    assertThat(JsonBody.of(text(" \n ")).outcome()).isEqualTo(Outcome.EMPTY);
    assertThat(JsonBody.of(Body.truncated("Not Fou", 100)).outcome()).isEqualTo(Outcome.UNKNOWN_PREFIX);
    assertThat(JsonBody.of(Body.unknown()).outcome()).isEqualTo(Outcome.UNREADABLE);
  }

  @Test
  void skipsAByteOrderMarkAndWhitespace() {
    assertThat(JsonBody.of(text("\uFEFF  {\"a\":1}\n")).outcome()).isEqualTo(Outcome.OBJECT);
  }

  @Test
  void sharesOneReadPerResponseThroughTheView() {
    io.statuslint.rule.ExchangeView view = new io.statuslint.rule.ExchangeView(io.statuslint.model.ExchangeBuilder
        .get("/o").respond(404).header("Content-Type", "application/problem+json").body("{\"status\":404}").build());
    assertThat(ProblemDetails.of(view)).isSameAs(ProblemDetails.of(view));
    io.statuslint.rule.ExchangeView other = new io.statuslint.rule.ExchangeView(io.statuslint.model.ExchangeBuilder
        .get("/o").respond(404).header("Content-Type", "application/problem+json").body("{\"status\":404}").build());
    assertThat(ProblemDetails.of(other)).isNotSameAs(ProblemDetails.of(view));
  }

  @Test
  void hostileBodiesAreReadWithoutThrowing() {
    String deep = "{\"a\":" + "[".repeat(50_000) + "]".repeat(50_000) + "}";
    assertThat(JsonBody.of(text(deep)).outcome()).isIn(Outcome.NOT_JSON, Outcome.CUT_OBJECT);
    assertThat(JsonBody.of(text("{\"a\":\"\\uZZZZ\"}")).outcome()).isEqualTo(Outcome.NOT_JSON);
    assertThat(JsonBody.of(text("{\u0000}")).outcome()).isEqualTo(Outcome.NOT_JSON);
  }

  /**
   * scan reads a short first look before the rest of a long body: wherever the look ends (inside a
   * name, a string, a number, a nested value), every member reaches the visitor once, in order, with
   * its whole value, as a single read of the body gives them.
   */
  @Test
  void aFirstLookAndTheRestShowEachMemberOnceWhereverTheLookEnds() {
    for (int pad = 0; pad < 80; pad++) {
      String json = "{\"a\":\"" + "x".repeat(440 + pad) + "\",\"count\":1234567,\"name\":\"" + "y".repeat(30)
          + "\",\"nested\":{\"k\":[1,2,{\"z\":\"}\"}]},\"flag\":true,\"last\":null" + ",\"tail\":\"" + "t".repeat(300)
          + "\"}";
      for (Body body : List.of(Body.ofText(json), Body.ofBytes(json.getBytes(StandardCharsets.UTF_8), null))) {
        List<String> seen = new ArrayList<>();
        Outcome o = JsonBody.scan(body, m -> {
          seen.add(m.name() + "=" + (m.value() == null ? m.kind() : m.value().length() > 8 ? m.value().length() : m.value()));
          return true;
        });
        assertThat(o).as("pad %d", pad).isEqualTo(Outcome.OBJECT);
        assertThat(seen).as("pad %d", pad).containsExactly("a=" + Math.min(440 + pad, JsonMember.MAX_VALUE_CHARS), "count=1234567", "name=30",
            "nested=OBJECT", "flag=true", "last=NULL", "tail=" + 300);

        List<String> untilFlag = new ArrayList<>();
        assertThat(JsonBody.scan(body, m -> {
          untilFlag.add(m.name());
          return !m.name().equals("flag");
        })).isEqualTo(Outcome.STOPPED);
        assertThat(untilFlag).containsExactly("a", "count", "name", "nested", "flag");
      }
    }
  }
}
