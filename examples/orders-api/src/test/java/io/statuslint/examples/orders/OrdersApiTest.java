package io.statuslint.examples.orders;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.test.RecordingHttpClient;
import io.statuslint.test.junit.CheckStatusGuide;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The API's behaviour, tested as usual; {@code @CheckStatusGuide} and the recording client add the
 * status guide on top: every exchange these tests make is judged, and the class fails once, with
 * one report, if any of them breaks the guide.
 */
@CheckStatusGuide
class OrdersApiTest {

  static OrdersApi api;
  static final HttpClient client = RecordingHttpClient.wrap(HttpClient.newHttpClient());

  @BeforeAll
  static void start() throws Exception {
    api = OrdersApi.start(0);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  static HttpResponse<String> send(String method, String path, String json) throws Exception {
    HttpRequest.Builder b = HttpRequest.newBuilder(api.uri(path));
    if (json == null) {
      b.method(method, BodyPublishers.noBody());
    } else {
      b.method(method, BodyPublishers.ofString(json)).header("Content-Type", "application/json");
    }
    return client.send(b.build(), BodyHandlers.ofString());
  }

  @Test
  void createReadDelete() throws Exception {
    HttpResponse<String> created = send("POST", "/orders", "{\"item\":\"book\",\"quantity\":2}");
    assertThat(created.statusCode()).isEqualTo(201);
    String location = created.headers().firstValue("Location").orElseThrow();

    assertThat(send("GET", location, null).body()).contains("\"item\":\"book\"");
    assertThat(send("DELETE", location, null).statusCode()).isEqualTo(204);
    assertThat(send("GET", location, null).statusCode()).isEqualTo(404);
  }

  @Test
  void theCallersMistakesAreSpecific4xx() throws Exception {
    assertThat(send("POST", "/orders", "{\"item\":\"book\"}").statusCode()).isEqualTo(422);
    assertThat(client.send(HttpRequest.newBuilder(api.uri("/orders")).POST(BodyPublishers.ofString("item=book"))
        .header("Content-Type", "application/x-www-form-urlencoded").build(), BodyHandlers.ofString()).statusCode())
        .isEqualTo(415);
    HttpResponse<String> wrongMethod = send("GET", "/orders", null);
    assertThat(wrongMethod.statusCode()).isEqualTo(405);
    assertThat(wrongMethod.headers().firstValue("Allow")).hasValue("POST");
  }

  @Test
  void reports() throws Exception {
    assertThat(send("GET", "/reports/daily", null).statusCode()).isEqualTo(200);
    assertThat(send("GET", "/reports/unknown", null).statusCode()).isEqualTo(404);
  }
}
