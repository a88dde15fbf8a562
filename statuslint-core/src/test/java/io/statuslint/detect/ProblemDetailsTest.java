package io.statuslint.detect;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class ProblemDetailsTest {

  private static final String JSON = "application/problem+json";
  private static final String XML = "application/problem+xml";

  private static Body text(String s) {
    return Body.ofBytes(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8);
  }

  @Test
  void readsAValidProblem() {
    ProblemDetails p = ProblemDetails.read(text("{\"type\":\"about:blank\",\"title\":\"Not Found\",\"status\":404,"
        + "\"detail\":\"Order 42 does not exist\",\"instance\":\"/orders/42\",\"balance\":30}"), JSON);
    assertThat(p.isJson()).isTrue();
    assertThat(p.status()).isEqualTo(404);
    assertThat(p.statusEvidence()).isEqualTo("\"status\": 404");
    assertThat(p.typeErrors()).isEmpty();
  }

  @Test
  void reportsEachMemberOfTheWrongType() {
    ProblemDetails p = ProblemDetails.read(text("{\"type\":\"validation error\",\"title\":{\"en\":\"x\"},"
        + "\"status\":\"404\",\"detail\":[\"a\"],\"instance\":42}"), JSON);
    assertThat(p.status()).isNull();
    assertThat(p.typeErrors()).hasSize(5);
    assertThat(String.join("|", p.typeErrors()))
        .contains("\"type\" is not a URI reference")
        .contains("\"title\" is an object")
        .contains("\"status\" is a string")
        .contains("\"detail\" is an array")
        .contains("\"instance\" is an integer");
  }

  @Test
  void nullMembersAndExtensionsAreFine() {
    ProblemDetails p = ProblemDetails.read(text("{\"title\":\"x\",\"detail\":null,\"instance\":null,"
        + "\"Status\":\"500\",\"errors\":{\"a\":1}}"), JSON);
    assertThat(p.typeErrors()).isEmpty();
    assertThat(p.status()).isNull();
  }

  @Test
  void anIntegralDecimalStatusCounts() {
    assertThat(ProblemDetails.read(text("{\"status\":404.0}"), JSON).status()).isEqualTo(404);
    assertThat(ProblemDetails.read(text("{\"status\":404.5}"), JSON).typeErrors()).hasSize(1);
  }

  @Test
  void judgesSchemaMembersAlike() {
    List<String> errors = ProblemDetails.memberTypeErrors(List.of(
        JsonMember.declared("status", JsonMember.Kind.STRING),
        JsonMember.declared("type", JsonMember.Kind.STRING),
        JsonMember.declared("title", JsonMember.Kind.STRING)));
    assertThat(errors).containsExactly("\"status\" is a string, not an integer");
  }

  @Test
  void knowsWhenTheBodyIsNoObject() {
    assertThat(ProblemDetails.read(text("[{\"status\":404}]"), JSON).outcome()).isEqualTo(JsonBody.Outcome.ARRAY);
    assertThat(ProblemDetails.read(text("Not Found"), JSON).outcome()).isEqualTo(JsonBody.Outcome.NOT_JSON);
    assertThat(ProblemDetails.read(Body.truncated("Not Fou", 90), JSON).outcome().isKnownNotObject()).isFalse();
  }

  @Test
  void ignoresOtherMediaTypesAndUnreadableBodies() {
    assertThat(ProblemDetails.read(text("{\"status\":404}"), "application/json")).isNull();
    assertThat(ProblemDetails.read(Body.unknown(), JSON)).isNull();
    assertThat(ProblemDetails.isProblemMediaType("application/problem+xml")).isTrue();
    assertThat(ProblemDetails.isProblemMediaType("application/json")).isFalse();
  }

  @Test
  void readsTheXmlStatus() {
    ProblemDetails p = ProblemDetails.read(text("<?xml version=\"1.0\"?><problem xmlns=\"urn:ietf:rfc:7807\">"
        + "<type>about:blank</type><title>Gone</title><status>410</status></problem>"), XML);
    assertThat(p.isJson()).isFalse();
    assertThat(p.status()).isEqualTo(410);
    assertThat(p.statusEvidence()).isEqualTo("<status>410</status>");
  }

  @Test
  void aCutXmlStatusIsNotTrusted() {
    ProblemDetails p = ProblemDetails.read(Body.truncated("<problem xmlns=\"urn:ietf:rfc:7807\"><status>4", 300),
        XML);
    assertThat(p.status()).isNull();
  }

  @Test
  void xmlEntitiesAreNotResolved() {
    String xxe = "<?xml version=\"1.0\"?><!DOCTYPE problem [<!ENTITY s SYSTEM \"file:///etc/hostname\">]>"
        + "<problem><status>&s;</status></problem>";
    ProblemDetails p = ProblemDetails.read(text(xxe), XML);
    assertThat(p.status()).isNull();
  }
}
