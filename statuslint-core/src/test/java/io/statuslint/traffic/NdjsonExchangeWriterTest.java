package io.statuslint.traffic;

import static io.statuslint.traffic.TrafficFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.model.HttpResponse;
import io.statuslint.model.Origin;
import io.statuslint.model.ResourceHint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class NdjsonExchangeWriterTest {

  private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  @Test
  void roundTripsExchangesThroughTheReader() throws IOException {
    List<Exchange> written = List.of(
        ExchangeBuilder.request("POST", "https://api.example.com/v1/orders")
            .header("Content-Type", "application/json").header("X-Trace", "a").header("X-Trace", "b")
            .body("{\"sku\":\"A-100\"}")
            .respond(201).reason("Created").header("Location", "/v1/orders/43").json("{\"id\":43}")
            .origin(Origin.live("r-1")).resourceHint(ResourceHint.API).build(),
        ExchangeBuilder.get("/img/logo.png").provisionalRequestHeaders().header("Accept", "image/*")
            .respond(200).header("Content-Type", "image/png").header("Content-Encoding", "gzip")
            .body(Body.ofBytes(PNG_START, null)).resourceHint(ResourceHint.STATIC_ASSET).build(),
        ExchangeBuilder.get("/legacy").respond(200).header("Content-Type", "text/plain; charset=ISO-8859-1")
            .body(Body.ofBytes("Résumé".getBytes(Charset.forName("ISO-8859-1")), Charset.forName("ISO-8859-1")))
            .build(),
        ExchangeBuilder.get("/report").respond(500).header("Content-Type", "text/plain")
            .body(Body.truncated("java.lang.IllegalStateException: cache", 18_234)).build(),
        ExchangeBuilder.get("/events").build(),
        ExchangeBuilder.request("DELETE", "/v1/orders/43").respond(204).unknownBody().build(),
        ExchangeBuilder.get("/weird").respond(999).body("€uro").build());

    List<Exchange> read = roundTrip(written);

    assertThat(read).hasSize(written.size());
    for (int i = 0; i < written.size(); i++) {
      Exchange before = written.get(i);
      Exchange after = read.get(i);
      assertThat(after.request().method()).isEqualTo(before.request().method());
      assertThat(after.request().url()).isEqualTo(before.request().url());
      assertThat(after.request().headers()).isEqualTo(before.request().headers());
      assertThat(after.request().headersProvisional()).isEqualTo(before.request().headersProvisional());
      assertSameBody(after.request().body(), before.request().body());
      assertThat(after.resourceHint()).isEqualTo(before.resourceHint());
      assertThat(after.origin().exchangeId()).isEqualTo(before.origin().exchangeId());
      assertThat(after.hasResponse()).isEqualTo(before.hasResponse());
      if (before.hasResponse()) {
        HttpResponse b = before.response();
        HttpResponse a = after.response();
        assertThat(a.status()).isEqualTo(b.status());
        assertThat(a.reason()).isEqualTo(b.reason());
        assertThat(a.headers()).isEqualTo(b.headers());
        assertSameBody(a.body(), b.body());
      }
    }
    assertThat(read.get(1).response().body().bytes()).isEqualTo(PNG_START);
    assertThat(read.get(2).response().body().text()).isEqualTo("Résumé");
  }

  @Test
  void writesOneLinePerExchangeWithVersionFirst() {
    String line = NdjsonExchangeWriter.toLine(ExchangeBuilder.get("/a").respond(200).json("{\"a\":\"x\\ny\"}").build());

    assertThat(line).startsWith("{\"v\":1,").doesNotContain("\n");
    assertThat(line).contains("\"headers\":[[\"Content-Type\",\"application/json\"]]");
    assertThat(line).contains("\"body\":{\"text\":\"{\\\"a\\\":\\\"x\\\\ny\\\"}\"}");
  }

  @Test
  void binaryBodyWithContentEncodingIsMarkedDecoded() {
    String line = NdjsonExchangeWriter.toLine(ExchangeBuilder.get("/logo").respond(200)
        .header("Content-Type", "image/png").header("Content-Encoding", "gzip")
        .body(Body.ofBytes(PNG_START, null)).build());

    assertThat(line).contains("\"base64\":").contains("\"decoded\":true");
  }

  @Test
  void bodyOverTheCapIsWrittenAsATruncatedPrefix() throws IOException {
    String big = "é".repeat(600);
    Exchange e = ExchangeBuilder.get("/big").respond(200).header("Content-Type", "text/plain").body(big).build();
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonExchangeWriter writer = new NdjsonExchangeWriter(out, 101)) {
      writer.write(e);
    }

    Body body = readAll(new NdjsonExchangeReader(new ByteArrayInputStream(out.toByteArray()), "w",
        ReaderOptions.defaults())).get(0).response().body();

    assertThat(body.state()).isEqualTo(Body.State.TRUNCATED);
    assertThat(body.size()).isEqualTo(1_200);
    // 101 bytes end inside a two-byte character: the half character is dropped.
    assertThat(body.text()).isEqualTo("é".repeat(50));
  }

  private static void assertSameBody(Body actual, Body expected) {
    assertThat(actual.state()).isEqualTo(expected.state());
    assertThat(actual.size()).isEqualTo(expected.size());
    if (expected.isReadable()) {
      assertThat(actual.text()).isEqualTo(expected.text());
    }
  }

  private static List<Exchange> roundTrip(List<Exchange> exchanges) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (NdjsonExchangeWriter writer = new NdjsonExchangeWriter(out)) {
      for (Exchange e : exchanges) {
        writer.write(e);
      }
    }
    String text = out.toString(StandardCharsets.UTF_8);
    assertThat(text.lines()).hasSize(exchanges.size());
    return readAll(new NdjsonExchangeReader(new ByteArrayInputStream(out.toByteArray()), "rt.ndjson",
        ReaderOptions.defaults()));
  }
}
