package io.statuslint.rules.bodies;

import static io.statuslint.model.ExchangeBuilder.request;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.detect.ErrorFields;
import io.statuslint.finding.Finding;
import io.statuslint.testing.RuleTester;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A project's own {@code patterns: error-fields} reach success-with-error-body through the detector. */
class ConfiguredErrorFieldsTest {

  private final RuleTester plain = RuleTester.of(new SuccessWithErrorBody());
  private final RuleTester team =
      RuleTester.of(new SuccessWithErrorBody(ErrorFields.of(List.of("fault", "errMsg"))));

  @Test
  void aTeamErrorMemberReportsAFailure() {
    String body = "{\"fault\":\"ledger is read-only\",\"requestId\":\"r-1\"}";
    plain.given(request("POST", "/ledger").respond(200).json(body)).expectClean();
    Finding f = team.given(request("POST", "/ledger").respond(200).json(body))
        .expectFinding("200 response reports a failure in its body: it carries a \"fault\" member");
    assertThat(f.evidence()).contains("ledger is read-only");
  }

  @Test
  void namesAreComparedLikeTheBuiltInOnes() {
    team.given(request("GET", "/a").respond(200).json("{\"err_msg\":\"invalid token\"}"))
        .expectFinding("it carries an \"err_msg\" member");
  }

  @Test
  void aNestedCodeInATeamMemberBecomesTheSuggestion() {
    team.given(request("GET", "/orders/9").respond(200)
        .json("{\"fault\":{\"code\":404,\"message\":\"no such order\"}}")).expectSuggestedCode(404);
  }

  @Test
  void lookAlikesStayClean() {
    // Empty values, resource data beside the member, a longer name, nesting, and partial success.
    team.given(request("GET", "/a").respond(200).json("{\"fault\":\"\"}")).expectClean();
    team.given(request("GET", "/a").respond(200).json("{\"fault\":null,\"message\":\"done\"}")).expectClean();
    team.given(request("GET", "/a").respond(200).json("{\"fault\":\"none\"}")).expectClean();
    team.given(request("GET", "/machines/4").respond(200).json("{\"id\":4,\"fault\":\"overheated\"}")).expectClean();
    team.given(request("GET", "/a").respond(200).json("{\"faultTolerance\":\"high\"}")).expectClean();
    team.given(request("GET", "/a").respond(200).json("{\"result\":{\"fault\":\"x\"}}")).expectClean();
    team.given(request("GET", "/a").respond(200).json("{\"data\":{\"n\":1},\"fault\":\"x\"}")).expectClean();
  }

  @Test
  void theBuiltInVocabularyIsUnchanged() {
    team.given(request("GET", "/a").respond(200).json("{\"ok\":false,\"error\":\"channel_not_found\"}"))
        .expectSuggestedCode(404);
    team.given(request("GET", "/a").respond(200).json("{\"error\":\"boom\"}"))
        .expectFinding("it carries an \"error\" member");
  }

  @Test
  void refusesNamesThatAreNotMemberNames() {
    assertThatThrownBy(() -> ErrorFields.of(List.of(" "))).hasMessageContaining("needs a name");
    assertThatThrownBy(() -> ErrorFields.of(List.of("error.message[0]"))).hasMessageContaining("not a member name");
    assertThat(ErrorFields.of(List.of())).isSameAs(ErrorFields.NONE);
  }
}
