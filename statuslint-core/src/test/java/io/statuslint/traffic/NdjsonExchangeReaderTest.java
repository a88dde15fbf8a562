package io.statuslint.traffic;

import static io.statuslint.traffic.TrafficFixtures.ndjson;
import static io.statuslint.traffic.TrafficFixtures.readAll;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.ResourceHint;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class NdjsonExchangeReaderTest {

  private static final ReaderOptions STRICT = ReaderOptions.defaults();
  private static final ReaderOptions LENIENT = STRICT.withLenient(true);

  @Test
  void readsEveryLineWithItsIndexAndLineNumberSkippingBlankOnes() throws IOException {
    List<Exchange> all = readAll(ndjson("exchanges.ndjson", STRICT));

    assertThat(all).hasSize(7);
    // Line 2 is blank: it is skipped but still counted.
    assertThat(all).extracting(e -> e.origin().line()).containsExactly(1L, 3L, 4L, 5L, 6L, 7L, 8L);
    assertThat(all).extracting(e -> e.origin().entry()).containsExactly(0L, 2L, 3L, 4L, 5L, 6L, 7L);
    assertThat(all).extracting(e -> e.origin().exchangeId())
        .containsExactly("r-0001", "r-0002", "r-0003", "r-0004", null, "9001", "r-0006");
    assertThat(all.get(4).id()).isEqualTo("5");
  }

  @Test
  void keepsHeaderOrderAndRepeatedFields() throws IOException {
    Exchange created = readAll(ndjson("exchanges.ndjson", STRICT)).get(0);

    assertThat(created.request().headers().all("x-trace")).containsExactly("a", "b");
    assertThat(created.request().headers().name(0)).isEqualTo("Content-Type");
    assertThat(created.request().body().text()).isEqualTo("{\"sku\":\"A-100\",\"qty\":1}");
    assertThat(created.response().status()).isEqualTo(201);
    assertThat(created.response().reason()).isEqualTo("Created");
    assertThat(created.response().headers().first("location")).isEqualTo("/v1/orders/43");
    assertThat(created.response().body().text()).isEqualTo("{\"id\":43}");
  }

  @Test
  void objectHeadersAndGzipBase64BodyAreDecoded() throws IOException {
    Exchange item = readAll(ndjson("exchanges.ndjson", STRICT)).get(1);

    assertThat(item.response().headers().all("Vary")).containsExactly("Accept", "Accept-Encoding");
    assertThat(item.response().body().state()).isEqualTo(Body.State.COMPLETE);
    assertThat(item.response().body().text()).isEqualTo("{\"id\":7,\"name\":\"Lamp\",\"tags\":[\"home\",\"light\"]}");
    // Omitted request body: not recorded, so unknown.
    assertThat(item.request().body().state()).isEqualTo(Body.State.UNKNOWN);
  }

  @Test
  void bodyStatesMapToTheModel() throws IOException {
    List<Exchange> all = readAll(ndjson("exchanges.ndjson", STRICT));

    Exchange truncated = all.get(2);
    assertThat(truncated.request().body().state()).isEqualTo(Body.State.ABSENT);
    assertThat(truncated.response().body().state()).isEqualTo(Body.State.TRUNCATED);
    assertThat(truncated.response().body().size()).isEqualTo(18234);
    assertThat(truncated.response().body().text()).startsWith("java.lang.IllegalStateException");

    Exchange deleted = all.get(6);
    assertThat(deleted.request().body().state()).isEqualTo(Body.State.UNKNOWN);
    assertThat(deleted.response().status()).isEqualTo(204);
    assertThat(deleted.response().body().state()).isEqualTo(Body.State.UNKNOWN);
  }

  @Test
  void nullResponseAndPartialHeaders() throws IOException {
    Exchange aborted = readAll(ndjson("exchanges.ndjson", STRICT)).get(3);

    assertThat(aborted.hasResponse()).isFalse();
    assertThat(aborted.request().headersProvisional()).isTrue();
  }

  @Test
  void charsetOfContentTypeDecodesBase64AndCrlfIsAccepted() throws IOException {
    Exchange legacy = readAll(ndjson("exchanges.ndjson", STRICT)).get(4);

    assertThat(legacy.response().body().text()).isEqualTo("Résumé café");
  }

  @Test
  void harStyleHeadersStringBodyResourceAndPseudoHeaders() throws IOException {
    Exchange missing = readAll(ndjson("exchanges.ndjson", STRICT)).get(5);

    assertThat(missing.resourceHint()).isEqualTo(ResourceHint.STATIC_ASSET);
    assertThat(missing.request().headers().first("Accept")).isEqualTo("image/*");
    assertThat(missing.response().headers().size()).isEqualTo(1);
    assertThat(missing.response().headers().first("Content-Type")).isEqualTo("text/html");
    assertThat(missing.response().body().text()).contains("404 Not Found");
  }

  @Test
  void badLineFailsWithFileAndLine() {
    assertThatThrownBy(() -> readAll(ndjson("bad-lines.ndjson", STRICT)))
        .isInstanceOf(BadInputException.class)
        .hasMessage("bad-lines.ndjson:2: entry 1: unexpected end of input (the line is cut short)")
        .satisfies(e -> assertThat(((BadInputException) e).line()).isEqualTo(2));
  }

  @Test
  void badLinesAreSkippedAndCountedInLenientMode() throws IOException {
    NdjsonExchangeReader reader = ndjson("bad-lines.ndjson", LENIENT);

    List<Exchange> all = readAll(reader);

    assertThat(all).extracting(e -> e.origin().exchangeId()).containsExactly("ok-1", "ok-3", "ok-7");
    assertThat(reader.skipped()).isEqualTo(5);
  }

  @Test
  void eachKindOfBadLineHasItsOwnMessage() {
    assertThat(problem("{\"v\":2,\"request\":{\"method\":\"GET\",\"url\":\"/\"}}"))
        .isEqualTo("x.ndjson:1: entry 0: unsupported format version \"v\":2 (this statuslint reads version 1)");
    assertThat(problem("{\"v\":2,\"request\":\"GET /\"}")).endsWith("unsupported format version \"v\":2 (this statuslint reads version 1)");
    assertThat(problem("{\"request\":{\"method\":\"GET\",\"url\":\"/\"}}")).contains("missing \"v\"");
    assertThat(problem("GET / 200")).startsWith("x.ndjson:1: entry 0: invalid JSON");
    assertThat(problem("{\"v\":1,\"request\":{\"url\":\"/\"}}")).endsWith("missing request.method");
    assertThat(problem("{\"v\":1,\"request\":{\"method\":\"GET\"}}")).endsWith("missing request.url");
    assertThat(problem("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":\"200\"}}"))
        .endsWith("response.status must be an integer");
    assertThat(problem("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{}}"))
        .contains("missing response.status");
    assertThat(problem("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\",\"headers\":[[\"A\"]]}}"))
        .endsWith("request.headers: a header must be [name, value]");
    assertThat(problem("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\",\"body\":{\"state\":\"gone\"}}}"))
        .contains("unknown body state \"gone\"");
    assertThat(problem("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\"}} {\"v\":1}"))
        .endsWith("more than one JSON value on the line");
    assertThat(problem("[1]")).endsWith("a line must hold one JSON object");
  }

  @Test
  void statusIsKeptRawAndZeroMeansNoResponse() throws IOException {
    assertThat(one("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":999}}")
        .response().status()).isEqualTo(999);
    assertThat(one("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":0}}")
        .hasResponse()).isFalse();
  }

  @Test
  void alreadyDecodedBase64IsNotInflatedAgain() throws IOException {
    byte[] gz = gzip("{\"ok\":true}");
    String line = "{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":200,"
        + "\"headers\":[[\"Content-Encoding\",\"gzip\"]],\"body\":{\"base64\":\""
        + Base64.getEncoder().encodeToString(gz) + "\",\"decoded\":true}}}";

    assertThat(one(line).response().body().bytes()).isEqualTo(gz);
  }

  @Test
  void truncatedGzipPrefixYieldsTheContentDecodedSoFar() throws IOException {
    java.util.Random random = new java.util.Random(3);
    StringBuilder rows = new StringBuilder("{\"rows\":[");
    for (int i = 0; i < 2_000; i++) {
      rows.append(random.nextInt(1_000_000)).append(',');
    }
    String content = rows.append("0]}").toString();
    byte[] gz = gzip(content);
    byte[] prefix = java.util.Arrays.copyOf(gz, gz.length / 2);
    String line = "{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":200,"
        + "\"headers\":[[\"Content-Encoding\",\"gzip\"]],\"body\":{\"state\":\"truncated\",\"size\":" + gz.length
        + ",\"base64\":\"" + Base64.getEncoder().encodeToString(prefix) + "\"}}}";

    Body body = one(line).response().body();

    assertThat(body.state()).isEqualTo(Body.State.TRUNCATED);
    assertThat(body.text()).isNotEmpty();
    assertThat(content).startsWith(body.text());
  }

  @Test
  void brotliBodyIsUnknown() throws IOException {
    String line = "{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":200,"
        + "\"headers\":[[\"Content-Encoding\",\"br\"]],\"body\":{\"base64\":\"CwOAeyJvayI6dHJ1ZX0D\"}}}";

    assertThat(one(line).response().body().state()).isEqualTo(Body.State.UNKNOWN);
  }

  @Test
  void positionCountsConsumedBytes() throws IOException {
    byte[] data = ("{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/a\"}}\n"
        + "{\"v\":1,\"request\":{\"method\":\"GET\",\"url\":\"/b\"}}\n").getBytes(StandardCharsets.UTF_8);
    try (NdjsonExchangeReader reader = new NdjsonExchangeReader(new ByteArrayInputStream(data), "p", STRICT)) {
      reader.next();
      assertThat(reader.position()).isEqualTo(data.length / 2);
      reader.next();
      assertThat(reader.position()).isEqualTo(data.length);
      assertThat(reader.next()).isNull();
    }
  }

  private static Exchange one(String line) throws IOException {
    List<Exchange> all = readAll(new NdjsonExchangeReader(
        new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "x.ndjson", STRICT));
    assertThat(all).hasSize(1);
    return all.get(0);
  }

  private static String problem(String line) {
    try {
      readAll(new NdjsonExchangeReader(new ByteArrayInputStream(line.getBytes(StandardCharsets.UTF_8)), "x.ndjson",
          STRICT));
    } catch (BadInputException expected) {
      return expected.getMessage();
    } catch (IOException e) {
      throw new AssertionError(e);
    }
    throw new AssertionError("no error for " + line);
  }

  static byte[] gzip(String s) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(s.getBytes(StandardCharsets.UTF_8));
    }
    return out.toByteArray();
  }
}
