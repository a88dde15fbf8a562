package io.statuslint.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.Headers;
import io.statuslint.model.HttpRequest;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.Origin;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

class HarWriterTest {

  @Test
  void writesAValidHar12LogEntryByEntry() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HarWriter w = new HarWriter(out, "1.0")) {
      w.write(new Exchange(
          new HttpRequest("POST", "http://127.0.0.1:9090/orders?x=1&y=%20z", Headers.of("Content-Type", "application/json"),
              Body.ofText("{\"a\":1}"), false),
          new HttpResponse(201, "Created", Headers.of("Location", "/orders/1", "Content-Type", "application/json"),
              Body.truncated("{\"id\":1,".getBytes(StandardCharsets.UTF_8), 5000, StandardCharsets.UTF_8)),
          Origin.live("7")), new HarWriter.Timing(Instant.parse("2026-01-01T00:00:00Z"), 1, 2.5, 3));
      w.write(new Exchange(new HttpRequest("GET", "http://h/img", Headers.empty()),
          new HttpResponse(200, "OK", Headers.of("Content-Type", "image/png"),
              Body.ofBytes(new byte[] {(byte) 0x89, 'P', 'N', 'G', 0, 1}, null))),
          new HarWriter.Timing(Instant.parse("2026-01-01T00:00:01Z"), 0, 0, 0));
    }
    JsonNode har = new ObjectMapper().readTree(out.toByteArray());
    JsonNode e = har.at("/log/entries/0");
    assertThat(har.at("/log/version").asText()).isEqualTo("1.2");
    assertThat(e.at("/startedDateTime").asText()).isEqualTo("2026-01-01T00:00:00Z");
    assertThat(e.at("/time").asDouble()).isEqualTo(6.5);
    assertThat(e.at("/_id").asText()).isEqualTo("7");
    assertThat(e.at("/request/queryString/1/value").asText()).isEqualTo(" z");
    assertThat(e.at("/request/postData/text").asText()).isEqualTo("{\"a\":1}");
    assertThat(e.at("/response/status").asInt()).isEqualTo(201);
    assertThat(e.at("/response/redirectURL").asText()).isEqualTo("/orders/1");
    assertThat(e.at("/response/content/size").asLong()).isEqualTo(5000);
    assertThat(e.at("/response/content/text").asText()).isEqualTo("{\"id\":1,");
    assertThat(e.at("/response/content/_truncated").asBoolean()).isTrue();
    JsonNode png = har.at("/log/entries/1/response/content");
    assertThat(png.at("/encoding").asText()).isEqualTo("base64");
    assertThat(png.at("/text").asText()).isEqualTo("iVBORwAB");
  }
}
