package io.statuslint.examples.orders;

import static io.statuslint.test.StatuslintAssertions.assertThat;
import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the filter's guard mode does for the endpoints that get it wrong, asserted one response at a
 * time with {@code assertThat(response).followsStatusGuide()}.
 */
class GuardTest {

  static OrdersApi api;
  static final HttpClient client = HttpClient.newHttpClient();

  @BeforeAll
  static void start() throws Exception {
    api = OrdersApi.start(0);
  }

  @AfterAll
  static void stop() throws Exception {
    api.close();
  }

  static HttpResponse<String> get(String path) throws Exception {
    return client.send(HttpRequest.newBuilder(api.uri(path)).build(), BodyHandlers.ofString());
  }

  @Test
  void theStackTraceOfABrokenReportNeverReachesTheClient() throws Exception {
    HttpResponse<String> broken = get("/reports/broken");

    assertThat(broken.statusCode()).isEqualTo(500);
    assertThat(broken.body()).contains("\"incident\"").doesNotContain("/opt/reports", "IllegalStateException");
    assertThat(broken).followsStatusGuide();
    assertThat(api.metrics().bodiesReplaced()).isEqualTo(1);
  }

  @Test
  void aRateLimitedReportGetsTheDefaultRetryAfter() throws Exception {
    HttpResponse<String> limited = get("/reports/yearly");

    assertThat(limited.statusCode()).isEqualTo(429);
    assertThat(limited.headers().firstValue("Retry-After")).hasValue("60");
    assertThat(limited).followsStatusGuide();
  }
}
