package io.statuslint.openapi.walk;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Fact;
import io.statuslint.rule.ResponseView;
import io.statuslint.rule.Surface;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The facts a spec response gives rules: declared means present, undeclared means absent. */
class SpecResponseViewTest {

  private static final String ORDERS = "/paths/~1orders/post/responses/";

  @Test
  void openApi30HeadersContentAndExamples() {
    Map<String, ResponseView> views = SpecFixtures.responseViews("views/responses.v30.yaml");

    ResponseView created = views.get(ORDERS + "201");
    assertThat(created.surface()).isEqualTo(Surface.SPEC);
    assertThat(created.status()).isEqualTo(201);
    assertThat(created.method()).isEqualTo("POST");
    assertThat(created.url()).isEqualTo("/orders");
    assertThat(created.header("location")).isEqualTo(Fact.PRESENT);
    assertThat(created.header("X-Rate-Limit")).isEqualTo(Fact.PRESENT);
    assertThat(created.header("Retry-After")).isEqualTo(Fact.ABSENT);
    assertThat(created.headerValue("Location")).isNull();
    assertThat(created.requestHeader("If-None-Match")).isEqualTo(Fact.UNKNOWN);
    assertThat(created.content()).isEqualTo(Fact.PRESENT);
    assertThat(created.mediaType()).isEqualTo("application/json");
    assertThat(created.body().state()).isEqualTo(Body.State.COMPLETE);
    assertThat(created.body().text()).isEqualTo("{\"id\":42,\"status\":\"open\"}");
    assertThat(created.description()).isEqualTo("Order created");

    ResponseView noContent = views.get(ORDERS + "204");
    assertThat(noContent.content()).isEqualTo(Fact.ABSENT);
    assertThat(noContent.body().state()).isEqualTo(Body.State.UNKNOWN);
    assertThat(noContent.mediaType()).isNull();

    // The first media type with an example wins, through a $ref'd Example Object.
    ResponseView conflict = views.get(ORDERS + "409");
    assertThat(conflict.mediaType()).isEqualTo("application/problem+json");
    assertThat(conflict.body().text()).contains("\"status\":409");

    // A plain-text example is the text itself, not a JSON string.
    ResponseView error = views.get(ORDERS + "500");
    assertThat(error.body().text()).startsWith("java.lang.NullPointerException\n\tat com.acme");

    // A schema's example (behind a $ref) is the fallback.
    assertThat(views.get(ORDERS + "503").body().text()).isEqualTo("{\"retry\":true}");

    // A JSON document written as a string stays that document.
    assertThat(views.get(ORDERS + "400").body().text()).isEqualTo("{\"error\": \"bad\"}");

    // A $ref'd response: facts of the component, no example declared -> unknown body.
    ResponseView invalid = views.get(ORDERS + "422");
    assertThat(invalid.description()).isEqualTo("Invalid order");
    assertThat(invalid.content()).isEqualTo(Fact.PRESENT);
    assertThat(invalid.body().state()).isEqualTo(Body.State.UNKNOWN);
    assertThat(invalid.mediaType()).isEqualTo("application/json");
  }

  @Test
  void rangesAreJudgedAsTheirClassOnly() {
    ResponseView range = SpecFixtures.responseViews("views/responses.v30.yaml").get(ORDERS + "4XX");
    assertThat(range.statusText()).isEqualTo("4XX");
    assertThat(range.status()).isEqualTo(400);
    assertThat(range.exactStatus()).isFalse();
  }

  @Test
  void openApi31SchemaExamplesAndReferenceDescriptions() {
    Map<String, ResponseView> views = SpecFixtures.responseViews("views/responses.v31.json");
    assertThat(views.get("/paths/~1orders/get/responses/200").body().text()).isEqualTo("[1,2]");
    // 3.1: a description next to $ref overrides the component's.
    assertThat(views.get("/paths/~1orders/get/responses/404").description()).isEqualTo("No such order");
  }

  @Test
  void swagger20SchemaExamplesAndProduces() {
    Map<String, ResponseView> views = SpecFixtures.responseViews("views/responses.v20.yaml");
    ResponseView created = views.get("/paths/~1orders/post/responses/201");
    assertThat(created.header("Location")).isEqualTo(Fact.PRESENT);
    assertThat(created.content()).isEqualTo(Fact.PRESENT);
    assertThat(created.mediaType()).isEqualTo("application/json");
    assertThat(created.body().text()).isEqualTo("{\"id\":7}");
    assertThat(views.get("/paths/~1orders/post/responses/204").content()).isEqualTo(Fact.ABSENT);
    ResponseView bad = views.get("/paths/~1orders/post/responses/400");
    assertThat(bad.body().text()).isEqualTo("{\"message\":\"bad input\"}");
    assertThat(bad.mediaType()).isEqualTo("application/json");
    // The operation's produces wins over the document's.
    assertThat(views.get("/paths/~1orders/get/responses/200").mediaType()).isEqualTo("application/xml");
  }
}
