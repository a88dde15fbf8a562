package io.statuslint.test;

import static io.statuslint.test.StatuslintAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.engine.ConfigException;
import io.statuslint.model.Body;
import io.statuslint.rule.Severity;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ExchangeAssertTest {

  private static TestApi api;
  private static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    api = TestApi.start();
  }

  @AfterAll
  static void stop() {
    api.close();
  }

  private static HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(api.uri(path)).build(), BodyHandlers.ofString());
  }

  private static HttpResponse<String> post(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(api.uri(path)).POST(BodyPublishers.ofString("{\"item\":\"pen\"}"))
        .header("Content-Type", "application/json").build(), BodyHandlers.ofString());
  }

  @Test
  void cleanResponsesFollowTheGuide() throws Exception {
    assertThat(get("/orders/42")).followsStatusGuide();
    assertThat(post("/orders/created")).followsStatusGuide();
  }

  @Test
  void failureListsTheExchangeAndEachFindingReadably() throws Exception {
    HttpResponse<String> response = post("/orders/lost");

    assertThatThrownBy(() -> assertThat(response).followsStatusGuide())
        .isInstanceOf(AssertionError.class)
        .hasMessageContaining("POST " + api.uri("/orders/lost") + " -> 201 breaks the status guide (1 finding)")
        .hasMessageContaining("1. [warning] created-location: ")
        .hasMessageContaining("fix: ")
        .hasMessageContaining("rests on: ")
        .hasMessageContaining("RFC 9110");
  }

  @Test
  void rulesCanBeIgnoredOrSelected() throws Exception {
    HttpResponse<String> teapot = get("/teapot");

    assertThat(teapot).ignoringRules("status-teapot").followsStatusGuide();
    assertThat(teapot).checkingOnly("created-location").followsStatusGuide();
    assertThatThrownBy(() -> assertThat(teapot).checkingOnly("status-teapot").followsStatusGuide())
        .hasMessageContaining("status-teapot");
  }

  @Test
  void failingLevelCanBeRaised() throws Exception {
    HttpResponse<String> lost = post("/orders/lost");

    assertThat(lost).failingOn(Severity.ERROR).followsStatusGuide();
    assertThatThrownBy(() -> assertThat(get("/teapot")).failingOn(Severity.ERROR).followsStatusGuide())
        .hasMessageContaining("[error] status-teapot");
  }

  @Test
  void aTypoInARuleIdIsAnErrorNotASilentPass() throws Exception {
    HttpResponse<String> ok = get("/orders/42");

    assertThatThrownBy(() -> assertThat(ok).checkingOnly("status-tepot").followsStatusGuide())
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("status-tepot");
    assertThatThrownBy(() -> assertThat(ok).ignoringRules("status-tepot").followsStatusGuide())
        .isInstanceOf(ConfigException.class).hasMessageContaining("status-tepot");
  }

  @Test
  void breaksRulePinsAKnownDefect() throws Exception {
    assertThat(get("/teapot")).breaksRule("status-teapot");
    assertThatThrownBy(() -> assertThat(get("/orders/42")).breaksRule("status-teapot"))
        .hasMessageContaining("was expected to break rule status-teapot");
  }

  @Test
  void findingsAreNavigable() throws Exception {
    assertThat(get("/teapot")).findings().extracting(f -> f.rule()).contains("status-teapot");
    assertThat(get("/orders/42")).findings().isEmpty();
  }

  @Test
  void descriptionPrefixesTheFailure() throws Exception {
    HttpResponse<String> teapot = get("/teapot");
    assertThatThrownBy(() -> assertThat(teapot).as("brewing").followsStatusGuide())
        .hasMessageStartingWith("[brewing]");
  }

  @Test
  void bodiesTheClientDidNotKeepAreUnknownNotEmpty() throws Exception {
    HttpResponse<Void> discarded = client.send(HttpRequest.newBuilder(api.uri("/orders/42")).build(),
        BodyHandlers.discarding());
    HttpResponse<byte[]> bytes = client.send(HttpRequest.newBuilder(api.uri("/orders/42")).build(),
        BodyHandlers.ofByteArray());

    assertThat(HttpExchanges.from(discarded).response().body().state()).isEqualTo(Body.State.UNKNOWN);
    assertThat(HttpExchanges.from(bytes).response().body().text()).isEqualTo("{\"id\":42,\"item\":\"book\"}");
    assertThat(HttpExchanges.from(bytes).request().url()).isEqualTo(api.uri("/orders/42").toString());
  }
}
