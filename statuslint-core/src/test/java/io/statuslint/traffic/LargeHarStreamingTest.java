package io.statuslint.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A generated HAR of about 30 MB, one of whose bodies is longer than Jackson's default 20 M string
 * limit: it must be read entry by entry (the parser never runs ahead of the entry it returns), the
 * long body must be kept as a bounded prefix, and the raised limit must let it through.
 */
class LargeHarStreamingTest {

  private static final int ENTRIES = 2_000;
  private static final int HUGE_ENTRY = 1_000;
  private static final int HUGE_BODY_CHARS = 21_000_000;

  @TempDir
  Path dir;

  @Test
  void readsALargeHarOneEntryAtATime() throws IOException {
    Path har = dir.resolve("large.har");
    generate(har);
    long fileSize = Files.size(har);
    assertThat(fileSize).isGreaterThan(25_000_000L);

    int count = 0;
    try (ExchangeReader reader = TrafficInputs.open(har, ReaderOptions.defaults())) {
      Exchange e;
      long before = 0;
      while ((e = reader.next()) != null) {
        long after = reader.position();
        // Bytes consumed for one ordinary entry stay small: nothing is read ahead in bulk
        // beyond the input buffer.
        if (count != HUGE_ENTRY) {
          assertThat(after - before).isLessThan(200_000L);
        }
        before = after;
        assertThat(e.origin().entry()).isEqualTo(count);
        if (count == HUGE_ENTRY) {
          Body body = e.response().body();
          assertThat(body.state()).isEqualTo(Body.State.TRUNCATED);
          assertThat(body.text()).hasSize(ReaderOptions.DEFAULT_MAX_BODY_BYTES);
          assertThat(body.size()).isEqualTo(HUGE_BODY_CHARS);
        } else if (count % 10 == 9) {
          assertThat(e.response().body().size()).isEqualTo(3_000);
        } else {
          assertThat(e.response().body().text()).startsWith("{\"id\":" + count);
        }
        count++;
      }
      assertThat(reader.position()).isEqualTo(fileSize);
    }
    assertThat(count).isEqualTo(ENTRIES);
  }

  private static void generate(Path file) throws IOException {
    Random random = new Random(42);
    byte[] image = new byte[3_000];
    random.nextBytes(image);
    String imageBase64 = Base64.getEncoder().encodeToString(image);
    String rows = "{\\\"sku\\\":\\\"A-100\\\",\\\"qty\\\":2},".repeat(100);
    try (Writer w = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
      w.write("{\"log\":{\"version\":\"1.2\",\"creator\":{\"name\":\"generator\",\"version\":\"1\"},\"entries\":[\n");
      for (int i = 0; i < ENTRIES; i++) {
        if (i > 0) {
          w.write(",\n");
        }
        w.write("{\"startedDateTime\":\"2026-03-02T09:14:07.510Z\",\"time\":12.5,\"request\":{\"method\":\"GET\","
            + "\"url\":\"https://api.example.com/v1/items/" + i + "\",\"httpVersion\":\"HTTP/1.1\",\"headers\":["
            + "{\"name\":\"Host\",\"value\":\"api.example.com\"},{\"name\":\"Accept\",\"value\":\"application/json\"}],"
            + "\"queryString\":[],\"cookies\":[],\"headersSize\":80,\"bodySize\":0},\"response\":{\"status\":200,"
            + "\"statusText\":\"OK\",\"httpVersion\":\"HTTP/1.1\",\"headers\":[{\"name\":\"Content-Type\",\"value\":");
        if (i == HUGE_ENTRY) {
          w.write("\"text/plain\"}],\"content\":{\"size\":" + HUGE_BODY_CHARS + ",\"mimeType\":\"text/plain\",\"text\":\"");
          for (int written = 0; written < HUGE_BODY_CHARS; written += 1_000_000) {
            w.write("x".repeat(1_000_000));
          }
          w.write("\"}");
        } else if (i % 10 == 9) {
          w.write("\"image/png\"}],\"content\":{\"size\":3000,\"mimeType\":\"image/png\",\"text\":\"" + imageBase64
              + "\",\"encoding\":\"base64\"}");
        } else {
          w.write("\"application/json\"}],\"content\":{\"size\":4000,\"mimeType\":\"application/json\",\"text\":\""
              + "{\\\"id\\\":" + i + ",\\\"rows\\\":[" + rows + "{}]}\"}");
        }
        w.write(",\"redirectURL\":\"\",\"headersSize\":120,\"bodySize\":4000},\"cache\":{},"
            + "\"timings\":{\"send\":0.1,\"wait\":11.9,\"receive\":0.5}}");
      }
      w.write("\n]}}");
    }
  }
}
