package io.statuslint.traffic;

import static io.statuslint.traffic.TrafficFixtures.har;
import static io.statuslint.traffic.TrafficFixtures.line;
import static io.statuslint.traffic.TrafficFixtures.path;
import static io.statuslint.traffic.TrafficFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.ResourceHint;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class HarReaderTest {

  private static final ReaderOptions STRICT = ReaderOptions.defaults();
  private static final ReaderOptions LENIENT = STRICT.withLenient(true);

  @Test
  void readsEveryChromeEntryInOrderWithItsOrigin() throws IOException {
    List<Exchange> all = readAll(har("chrome.har", STRICT));

    assertThat(all).hasSize(11);
    assertThat(all).extracting(e -> e.origin().entry()).containsExactly(0L, 1L, 2L, 3L, 4L, 5L, 6L, 7L, 8L, 9L, 10L);
    assertThat(all.get(0).origin().file()).isEqualTo("chrome.har");
    assertThat(all.get(0).origin().line()).isEqualTo(20);
    for (Exchange e : all) {
      // Every origin line is where the entry object opens.
      assertThat(line(path("chrome.har"), e.origin().line())).isEqualTo("{");
    }
    assertThat(all).extracting(e -> e.origin().line()).isSorted().doesNotHaveDuplicates();
  }

  @Test
  void mapsRequestResponseAndResourceType() throws IOException {
    List<Exchange> all = readAll(har("chrome.har", STRICT));
    Exchange page = all.get(0);

    assertThat(page.request().method()).isEqualTo("GET");
    assertThat(page.request().url()).isEqualTo("https://shop.example.com/");
    assertThat(page.request().headers().first("host")).isEqualTo("shop.example.com");
    assertThat(page.request().headersProvisional()).isFalse();
    assertThat(page.response().status()).isEqualTo(200);
    assertThat(page.response().reason()).isEqualTo("OK");
    assertThat(page.response().body().text()).startsWith("<!DOCTYPE html>").contains("Loading…");
    assertThat(page.resourceHint()).isEqualTo(ResourceHint.DOCUMENT);

    Exchange created = all.get(2);
    assertThat(created.response().status()).isEqualTo(201);
    assertThat(created.response().headers().first("Location")).isEqualTo("/v1/orders/43");
    assertThat(created.request().body().text()).isEqualTo("{\"sku\":\"A-100\",\"qty\":1}");
    assertThat(created.resourceHint()).isEqualTo(ResourceHint.API);
  }

  @Test
  void skipsHttp2PseudoHeadersButKeepsTheRest() throws IOException {
    Exchange order = readAll(har("chrome.har", STRICT)).get(1);

    assertThat(order.request().headers()).extracting(h -> h.getKey()).noneMatch(n -> n.startsWith(":"));
    assertThat(order.response().headers()).extracting(h -> h.getKey()).noneMatch(n -> n.startsWith(":"));
    assertThat(order.request().headers().first("accept")).isEqualTo("application/json");
    assertThat(order.response().headers().first("etag")).isEqualTo("\"o42-v7\"");
    // HTTP/2: headersSize is -1 but the pseudo-headers show the real list was recorded.
    assertThat(order.request().headersProvisional()).isFalse();
    assertThat(order.response().reason()).isEmpty();
  }

  @Test
  void binaryBodiesAreSizedButNotKeptByDefault() throws IOException {
    Exchange logo = readAll(har("chrome.har", STRICT)).get(3);
    Body body = logo.response().body();

    assertThat(body.state()).isEqualTo(Body.State.TRUNCATED);
    assertThat(body.hasBytes()).isTrue();
    assertThat(body.size()).isEqualTo(70);
    assertThat(body.bytes()).isEmpty();
  }

  @Test
  void binaryBodyWithoutDeclaredSizeIsSizedFromItsBase64() throws IOException {
    String har = "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"/i.png\"},\"response\":{"
        + "\"status\":200,\"content\":{\"mimeType\":\"image/png\",\"text\":\"AAECAwQF\",\"encoding\":\"base64\"}}}]}}";

    Body body = readAll(new HarReader(bytes(har), "i.har", STRICT)).get(0).response().body();

    assertThat(body.size()).isEqualTo(6);
    assertThat(body.hasBytes()).isTrue();
  }

  @Test
  void base64ContentStaysLazyAndDecodesToThePngWhenBinaryBodiesAreKept() throws IOException {
    Exchange logo = readAll(har("chrome.har", STRICT.withKeepBinaryBodies(true))).get(3);
    Body body = logo.response().body();

    assertThat(logo.resourceHint()).isEqualTo(ResourceHint.STATIC_ASSET);
    assertThat(body.state()).isEqualTo(Body.State.COMPLETE);
    assertThat(body.size()).isEqualTo(70);
    byte[] bytes = body.bytes();
    assertThat(bytes).hasSize(70);
    assertThat(new String(bytes, 1, 3, StandardCharsets.US_ASCII)).isEqualTo("PNG");
  }

  @Test
  void statusZeroIsAnExchangeWithoutResponse() throws IOException {
    Exchange blocked = readAll(har("chrome.har", STRICT)).get(4);

    assertThat(blocked.hasResponse()).isFalse();
    assertThat(blocked.request().url()).startsWith("https://analytics.example.net/collect");
  }

  @Test
  void notModifiedBodyComesFromBodySizeNotFromTheCachedContent() throws IOException {
    Exchange notModified = readAll(har("chrome.har", STRICT)).get(5);

    assertThat(notModified.response().status()).isEqualTo(304);
    assertThat(notModified.response().body().state()).isEqualTo(Body.State.ABSENT);
    assertThat(notModified.request().headers().first("If-None-Match")).isEqualTo("\"cat-v19\"");
  }

  @Test
  void headResponseWithBodySizeZeroHasNoBody() throws IOException {
    Exchange head = readAll(har("chrome.har", STRICT)).get(6);

    assertThat(head.request().method()).isEqualTo("HEAD");
    assertThat(head.response().body().state()).isEqualTo(Body.State.ABSENT);
    assertThat(head.response().headers().first("content-length")).isNotEqualTo("0");
  }

  @Test
  void chromeCacheHitHasProvisionalRequestHeaders() throws IOException {
    Exchange cached = readAll(har("chrome.har", STRICT)).get(7);

    assertThat(cached.request().headersProvisional()).isTrue();
    assertThat(cached.request().headers().has("Referer")).isTrue();
    // A 200 from the memory cache keeps its cached content.
    assertThat(cached.response().body().text()).contains("use strict");
    assertThat(cached.resourceHint()).isEqualTo(ResourceHint.STATIC_ASSET);
  }

  @Test
  void chromeRequestWithoutRawHeadersOrPseudoHeadersIsProvisional() throws IOException {
    Exchange blocked = readAll(har("chrome.har", STRICT)).get(4);

    assertThat(blocked.request().headersProvisional()).isTrue();
  }

  @Test
  void absentContentTextIsAnUnknownBody() throws IOException {
    Exchange failed = readAll(har("chrome.har", STRICT)).get(9);

    assertThat(failed.response().status()).isEqualTo(500);
    assertThat(failed.response().body().state()).isEqualTo(Body.State.UNKNOWN);
    assertThat(failed.request().headersProvisional()).isFalse();
  }

  @Test
  void contentTextIsNotDecodedAgainDespiteContentEncoding() throws IOException {
    Exchange gz = readAll(har("chrome.har", STRICT)).get(10);

    assertThat(gz.response().headers().first("content-encoding")).isEqualTo("gzip");
    assertThat(gz.response().body().text()).isEqualTo("{\"recommendations\":[{\"sku\":\"A-101\"},{\"sku\":\"A-117\"}]}");
  }

  @Test
  void readsFirefoxExport() throws IOException {
    List<Exchange> all = readAll(har("firefox.har", STRICT));

    assertThat(all).hasSize(7);
    assertThat(all).allMatch(e -> e.resourceHint() == ResourceHint.UNKNOWN);
    assertThat(all.get(0).request().headersProvisional()).isFalse();
    assertThat(all.get(0).response().body().text()).contains("<h1>Items</h1>");
    assertThat(all.get(1).response().status()).isEqualTo(404);
    assertThat(all.get(1).response().body().text()).contains("\"status\":404");
    assertThat(all.get(5).request().body().text()).isEqualTo("{\"name\":\"Lamp\",\"price\":-3}");
    assertThat(all.get(5).response().reason()).isEqualTo("Unprocessable Content");
    assertThat(all.get(6).hasResponse()).isFalse();
  }

  @Test
  void firefoxBodySizeCountsHeaderBytesForNotModifiedAndHead() throws IOException {
    List<Exchange> all = readAll(har("firefox.har", STRICT));

    // bodySize equals headersSize: Firefox counted only the header bytes, no body followed.
    assertThat(all.get(2).response().status()).isEqualTo(304);
    assertThat(all.get(2).response().body().state()).isEqualTo(Body.State.ABSENT);
    assertThat(all.get(3).request().method()).isEqualTo("HEAD");
    assertThat(all.get(3).response().body().state()).isEqualTo(Body.State.ABSENT);
  }

  @Test
  void firefoxBodyNotIncludedIsUnknown() throws IOException {
    Exchange image = readAll(har("firefox.har", STRICT)).get(4);

    assertThat(image.response().body().state()).isEqualTo(Body.State.UNKNOWN);
  }

  @Test
  void headWithBodyBytesIsReportedAsHavingABody() throws IOException {
    String har = "{\"log\":{\"creator\":{\"name\":\"Charles Proxy\"},\"entries\":[{\"request\":{\"method\":\"HEAD\","
        + "\"url\":\"http://a/x\",\"headers\":[{\"name\":\"Host\",\"value\":\"a\"}]},\"response\":{\"status\":200,"
        + "\"headers\":[],\"content\":{\"size\":0,\"mimeType\":\"text/plain\"},\"bodySize\":12}}]}}";

    Exchange e = readAll(new HarReader(bytes(har), "head.har", STRICT)).get(0);

    assertThat(e.response().body().hasBytes()).isTrue();
    assertThat(e.response().body().size()).isEqualTo(12);
  }

  @Test
  void headWithoutBodySizeIsUnknown() throws IOException {
    String har = "{\"log\":{\"entries\":[{\"request\":{\"method\":\"HEAD\",\"url\":\"http://a/x\",\"headers\":"
        + "[{\"name\":\"Host\",\"value\":\"a\"}]},\"response\":{\"status\":200,\"headers\":[],"
        + "\"content\":{\"size\":5,\"text\":\"hello\"}}}]}}";

    Exchange e = readAll(new HarReader(bytes(har), "head.har", STRICT)).get(0);

    assertThat(e.response().body().state()).isEqualTo(Body.State.UNKNOWN);
  }

  @Test
  void entryIdAndProvisionalCommentAreHonoured() throws IOException {
    String har = "{\"log\":{\"entries\":[{\"_id\":\"req-7\",\"comment\":\"Provisional headers are shown\","
        + "\"request\":{\"method\":\"get\",\"url\":\"/a\",\"headers\":[{\"name\":\"Accept\",\"value\":\"*/*\"}]},"
        + "\"response\":{\"status\":\"418\",\"statusText\":\"I'm a teapot\",\"headers\":[]}}]}}";

    Exchange e = readAll(new HarReader(bytes(har), "x.har", STRICT)).get(0);

    assertThat(e.origin().exchangeId()).isEqualTo("req-7");
    assertThat(e.request().method()).isEqualTo("GET");
    assertThat(e.request().headersProvisional()).isTrue();
    assertThat(e.response().status()).isEqualTo(418);
    assertThat(e.response().body().state()).isEqualTo(Body.State.UNKNOWN);
  }

  @Test
  void truncatedFileNamesTheEntryAndLine() {
    assertThatThrownBy(() -> readAll(har("truncated.har", STRICT)))
        .isInstanceOf(BadInputException.class)
        .satisfies(e -> {
          BadInputException bad = (BadInputException) e;
          assertThat(bad.entry()).isEqualTo(3);
          assertThat(bad.line()).isGreaterThan(458);
          assertThat(bad.getMessage())
              .startsWith("truncated.har:")
              .contains("entry 3: unexpected end of input")
              .doesNotContain("\n")
              .doesNotContain("com.fasterxml");
        });
  }

  @Test
  void truncatedFileInLenientModeKeepsTheEntriesBeforeAndCountsOne() throws IOException {
    HarReader reader = har("truncated.har", LENIENT);

    List<Exchange> all = readAll(reader);

    assertThat(all).hasSize(3);
    assertThat(reader.skipped()).isEqualTo(1);
  }

  @Test
  void nonJsonIsNotAHar() {
    assertThatThrownBy(() -> readAll(har("not-json.har", LENIENT)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("not-json.har:1: not a HAR file: invalid JSON")
        .hasMessageNotContaining("\n");
  }

  @Test
  void harWithoutEntriesIsRejected() {
    assertThatThrownBy(() -> readAll(har("no-entries.har", STRICT)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("no-entries.har")
        .hasMessageContaining("no log.entries array");
  }

  @Test
  void jsonThatIsNotAHarIsRejected() {
    assertThatThrownBy(() -> readAll(new HarReader(bytes("[1,2]"), "list.json", STRICT)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("list.json:1: not a HAR file: the input is not a JSON object");
    assertThatThrownBy(() -> readAll(new HarReader(bytes("{\"entries\":[]}"), "x.json", STRICT)))
        .hasMessageContaining("no \"log\" object");
    assertThatThrownBy(() -> readAll(new HarReader(bytes(""), "empty.har", STRICT)))
        .hasMessageContaining("empty input");
  }

  @Test
  void badEntryFailsWithItsIndexAndLine() {
    assertThatThrownBy(() -> readAll(har("bad-entries.har", STRICT)))
        .isInstanceOf(BadInputException.class)
        .hasMessageStartingWith("bad-entries.har:39: entry 1: the entry is a string, not an object");
  }

  @Test
  void badEntriesAreSkippedAndCountedInLenientMode() throws IOException {
    HarReader reader = har("bad-entries.har", LENIENT);

    List<Exchange> all = readAll(reader);

    assertThat(all).extracting(e -> e.origin().entry()).containsExactly(0L, 4L);
    assertThat(reader.skipped()).isEqualTo(3);
    assertThat(all.get(1).response().status()).isEqualTo(204);
    assertThat(all.get(1).response().body().state()).isEqualTo(Body.State.ABSENT);
  }

  @Test
  void missingMethodAndUrlAreNamed() {
    String noUrl = "{\"log\":{\"entries\":[\n{\"request\":{\"method\":\"GET\"},\"response\":{\"status\":200}}]}}";
    assertThatThrownBy(() -> readAll(new HarReader(bytes(noUrl), "u.har", STRICT)))
        .hasMessage("u.har:2: entry 0: request.url is missing");
    String noRequest = "{\"log\":{\"entries\":[{\"response\":{\"status\":200}}]}}";
    assertThatThrownBy(() -> readAll(new HarReader(bytes(noRequest), "r.har", STRICT)))
        .hasMessage("r.har:1: entry 0: the entry has no request object");
  }

  @Test
  void stringLongerThanTheConfiguredLimitIsAClearError() {
    String body = "x".repeat(5_000);
    String har = "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":200,"
        + "\"content\":{\"text\":\"" + body + "\"}}}]}}";

    assertThatThrownBy(() -> readAll(new HarReader(bytes(har), "big.har", STRICT.withMaxStringLength(1_000))))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("entry 0: a string value is longer than the limit of 1000 characters")
        .hasMessageNotContaining("StreamReadConstraints");
  }

  @Test
  void bodyLongerThanTheKeptCapBecomesATruncatedPrefixWithItsFullSize() throws IOException {
    String body = "{\"rows\":[" + "\"é\",".repeat(3_000) + "\"end\"]}";
    String har = "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":200,"
        + "\"content\":{\"mimeType\":\"application/json\",\"text\":\"" + body.replace("\"", "\\\"") + "\"}}}]}}";

    Exchange e = readAll(new HarReader(bytes(har), "big.har", STRICT.withMaxBodyBytes(1_000))).get(0);

    Body b = e.response().body();
    assertThat(b.state()).isEqualTo(Body.State.TRUNCATED);
    // The cap counts the string's bytes as recorded: 1,000 of them, escapes included, here hold
    // 574 characters (each row is 4 characters written in 7 bytes).
    assertThat(b.text()).hasSize(574).isEqualTo(body.substring(0, 574));
    assertThat(b.size()).isEqualTo(body.getBytes(StandardCharsets.UTF_8).length);
  }

  @Test
  void positionAdvancesWithTheEntries() throws IOException {
    try (HarReader reader = har("chrome.har", STRICT)) {
      long last = reader.position();
      while (reader.next() != null) {
        assertThat(reader.position()).isGreaterThan(last);
        last = reader.position();
      }
      // Everything up to the closing brace of the HAR object (the final newline is not needed).
      assertThat(reader.position()).isEqualTo(java.nio.file.Files.size(path("chrome.har")) - 1);
    }
  }

  private static ByteArrayInputStream bytes(String s) {
    return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
  }
}
