package io.statuslint.cli.demo;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.MediaTypes;
import io.statuslint.model.Origin;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest.BodyPublishers;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The requests a newcomer's client would send to the demo API, recorded as exchanges. */
public final class DemoScript {

  /** One scripted request. */
  record Step(String method, String path, String body, String... headers) {}

  private static final List<Step> STEPS = List.of(
      new Step("GET", "/orders", null, "Accept", "application/json"),
      new Step("GET", "/orders/42", null, "Accept", "application/json"),
      new Step("GET", "/orders/42", null, "Accept", "application/json", "If-None-Match", "\"v7\""),
      new Step("GET", "/orders/999", null, "Accept", "application/json"),
      new Step("POST", "/orders", "{\"item\":\"book\"}", "Content-Type", "application/json"),
      new Step("POST", "/orders/import", "{\"reference\":\"A-1\"}", "Content-Type", "application/json"),
      new Step("DELETE", "/orders/42", null),
      new Step("POST", "/feedback", "stars=5", "Content-Type", "application/x-www-form-urlencoded"),
      new Step("PUT", "/orders", "{}", "Content-Type", "application/json"),
      new Step("GET", "/search", null, "Accept", "application/json"),
      new Step("GET", "/admin/reports", null, "Accept", "application/json"),
      new Step("GET", "/reports/7", null, "Accept", "application/json"),
      new Step("POST", "/checkout", "{\"cart\":1}", "Content-Type", "application/json"),
      new Step("GET", "/v1/orders", null),
      new Step("GET", "/coffee", null),
      new Step("GET", "/status", null),
      new Step("GET", "/catalog", null),
      new Step("GET", "/maintenance", null),
      new Step("GET", "/nowhere", null, "Accept", "application/json"));

  private DemoScript() {}

  /** Sends every step to {@code baseUrl} and returns the recorded exchanges, in order. */
  public static List<Exchange> run(String baseUrl) throws IOException, InterruptedException {
    HttpClient client = HttpClient.newBuilder()
        .followRedirects(HttpClient.Redirect.NEVER)
        .connectTimeout(Duration.ofSeconds(5))
        .build();
    List<Exchange> out = new ArrayList<>();
    int i = 0;
    for (Step s : STEPS) {
      java.net.http.HttpRequest.Builder rb = java.net.http.HttpRequest.newBuilder(URI.create(baseUrl + s.path()))
          .timeout(Duration.ofSeconds(10))
          .method(s.method(), s.body() == null ? BodyPublishers.noBody() : BodyPublishers.ofString(s.body()));
      Headers.Builder reqHeaders = Headers.builder();
      for (int h = 0; h < s.headers().length; h += 2) {
        rb.header(s.headers()[h], s.headers()[h + 1]);
        reqHeaders.add(s.headers()[h], s.headers()[h + 1]);
      }
      java.net.http.HttpResponse<byte[]> resp = client.send(rb.build(), BodyHandlers.ofByteArray());
      Headers.Builder respHeaders = Headers.builder();
      for (Map.Entry<String, List<String>> e : resp.headers().map().entrySet()) {
        if (e.getKey().startsWith(":")) {
          continue;
        }
        for (String v : e.getValue()) {
          respHeaders.add(e.getKey(), v);
        }
      }
      Headers rh = respHeaders.build();
      HttpRequest request = new HttpRequest(s.method(), baseUrl + s.path(), reqHeaders.build(),
          s.body() == null ? Body.absent() : Body.ofText(s.body()), false);
      HttpResponse response = new HttpResponse(resp.statusCode(), "", rh,
          Body.ofBytes(resp.body(), MediaTypes.charset(rh.first("Content-Type"))));
      out.add(new Exchange(request, response, new Origin(null, i, -1, "demo-" + i)));
      i++;
    }
    return out;
  }
}
