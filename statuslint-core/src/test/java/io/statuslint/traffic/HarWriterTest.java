package io.statuslint.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.model.Origin;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarWriterTest {

  private static final byte[] PNG_START = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13};

  private static List<Exchange> roundTrip(List<Exchange> exchanges) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HarWriter w = new HarWriter(out, "statuslint test", "0.0")) {
      for (Exchange e : exchanges) {
        w.write(e, Instant.parse("2026-11-24T10:00:00Z"), 12, "why it was sent");
      }
    }
    List<Exchange> read = new ArrayList<>();
    try (HarReader r = new HarReader(new ByteArrayInputStream(out.toByteArray()), "t.har",
        ReaderOptions.defaults().withKeepBinaryBodies(true))) {
      Exchange e;
      while ((e = r.next()) != null) {
        read.add(e);
      }
    }
    return read;
  }

  @Test
  void whatIsWrittenIsWhatHarReaderReadsBack() throws IOException {
    List<Exchange> read = roundTrip(List.of(
        ExchangeBuilder.request("POST", "https://api.test/orders").header("Content-Type", "application/json")
            .body("{\"sku\":1}").respond(201).reason("Created").header("Location", "/orders/9")
            .json("{\"id\":9}").origin(Origin.live("7")).build(),
        ExchangeBuilder.get("/logo.png").respond(200).header("Content-Type", "image/png")
            .body(Body.ofBytes(PNG_START, null)).build(),
        ExchangeBuilder.get("/a").header("If-None-Match", "\"x\"").respond(304).body(Body.ofText("stray")).build(),
        ExchangeBuilder.request("HEAD", "/a").respond(200).header("Content-Length", "99").body(Body.absent()).build(),
        ExchangeBuilder.get("/slow").build()));
    assertThat(read).hasSize(5);
    Exchange created = read.get(0);
    assertThat(created.id()).isEqualTo("7");
    assertThat(created.request().body().text()).isEqualTo("{\"sku\":1}");
    assertThat(created.response().status()).isEqualTo(201);
    assertThat(created.response().reason()).isEqualTo("Created");
    assertThat(created.response().headers().first("Location")).isEqualTo("/orders/9");
    assertThat(created.response().body().text()).isEqualTo("{\"id\":9}");
    assertThat(read.get(1).response().body().bytes()).isEqualTo(PNG_START);
    // 304 and HEAD: body presence comes from bodySize.
    assertThat(read.get(2).response().body().hasBytes()).isTrue();
    assertThat(read.get(3).response().body().state()).isEqualTo(Body.State.ABSENT);
    assertThat(read.get(4).hasResponse()).isFalse();
  }

  @Test
  void aTruncatedOrUnknownBodyIsNotPassedOffAsWhole() throws IOException {
    List<Exchange> read = roundTrip(List.of(
        ExchangeBuilder.get("/big").respond(200).header("Content-Type", "application/json")
            .body(Body.truncated("{\"items\":[1,2", 5_000_000)).build(),
        ExchangeBuilder.get("/unknown").respond(500).body(Body.unknown()).build()));
    assertThat(read.get(0).response().body().isComplete()).isFalse();
    assertThat(read.get(0).response().body().hasBytes()).isFalse();
    assertThat(read.get(1).response().body().state()).isEqualTo(Body.State.UNKNOWN);
  }

  @Test
  void credentialsNeverReachTheFile() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (HarWriter w = new HarWriter(out, "statuslint test", "0.0")) {
      w.write(ExchangeBuilder.get("https://api.test/me?api_key=K-123&page=2&access_token=T-456")
          .header("Authorization", "Bearer T-789").header("Cookie", "sid=C-1").header("X-Api-Key", "K-123")
          .respond(200).header("Set-Cookie", "sid=C-2; Path=/; HttpOnly").json("{}").build());
    }
    String har = out.toString(StandardCharsets.UTF_8);
    assertThat(har).doesNotContain("K-123", "T-456", "T-789", "C-1", "C-2");
    assertThat(har).contains("page=2", "sid=[redacted]; Path=/; HttpOnly", "\"value\":\"[redacted]\"");
  }
}
