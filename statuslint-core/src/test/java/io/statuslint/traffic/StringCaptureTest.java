package io.statuslint.traffic;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * HAR body strings are kept as raw bytes while the parser skips them, and unescaped later: whatever
 * the escapes, the characters and the way the input arrives in pieces, the body must be exactly the
 * string Jackson itself would have decoded.
 */
class StringCaptureTest {

  private static final ReaderOptions OPTIONS = ReaderOptions.defaults();

  @Test
  void everyBodyEqualsTheRecordedStringWhateverTheEscapesAndReadSizes() throws IOException {
    Random random = new Random(7);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      texts.add(randomText(random, random.nextInt(i % 10 == 0 ? 40_000 : 300)));
    }
    byte[] har = har(texts, false);

    for (int seed = 0; seed < 6; seed++) {
      List<Exchange> read = readAll(new ChoppyInput(har, new Random(seed)), OPTIONS);
      assertThat(read).hasSize(texts.size());
      for (int i = 0; i < texts.size(); i++) {
        Body body = read.get(i).response().body();
        if (texts.get(i).isEmpty()) {
          assertThat(body.state()).isEqualTo(Body.State.ABSENT);
        } else {
          assertThat(body.state()).as("entry %d", i).isEqualTo(Body.State.COMPLETE);
          // A prefix is unescaped on its own, before (and without) the whole.
          String text = texts.get(i);
          int n = 1 + (i * 37 + seed) % 700;
          assertThat(body.textPrefix(n)).as("entry %d, %d characters", i, n)
              .isEqualTo(text.substring(0, Math.min(n, text.length())));
          assertThat(body.text()).as("entry %d, read with seed %d", i, seed).isEqualTo(texts.get(i));
          assertThat(body.size()).isEqualTo(texts.get(i).getBytes(StandardCharsets.UTF_8).length);
        }
      }
    }
  }

  @Test
  void aByteOrderMarkDoesNotShiftTheCapturedBytes() throws IOException {
    List<String> texts = List.of("{\"a\":\"b\\\\c\"}", "plain", "é ☃ 😀");
    List<Exchange> read = readAll(new ByteArrayInputStream(har(texts, true)), OPTIONS);
    for (int i = 0; i < texts.size(); i++) {
      assertThat(read.get(i).response().body().text()).isEqualTo(texts.get(i));
    }
  }

  @Test
  void aStringLongerThanTheKeptBytesIsAPrefixWithTheWholeSize() throws IOException {
    Random random = new Random(11);
    for (int n = 0; n < 60; n++) {
      String text = randomText(random, 2_000 + random.nextInt(3_000));
      ReaderOptions small = OPTIONS.withMaxBodyBytes(500 + random.nextInt(1_000));
      Body body = readAll(new ChoppyInput(har(List.of(text), false), random), small).get(0).response().body();

      assertThat(body.state()).isEqualTo(Body.State.TRUNCATED);
      String prefix = body.text();
      assertThat(text).startsWith(prefix);
      assertThat(prefix.length()).isGreaterThan(small.maxBodyBytes() / 12).isLessThanOrEqualTo(small.maxBodyBytes());
      assertThat(body.size()).isEqualTo(text.getBytes(StandardCharsets.UTF_8).length);
    }
  }

  @Test
  void aCutNeverLeavesHalfACharacterOrHalfAnEscape() throws IOException {
    // 4-byte characters and \\u escapes laid across every possible cut position.
    String text = "😀\u00e9\"\\\n\u2028x".repeat(40);
    for (int keep = 20; keep < 60; keep++) {
      Body body = readAll(new ByteArrayInputStream(har(List.of(text), false)), OPTIONS.withMaxBodyBytes(keep))
          .get(0).response().body();
      assertThat(text).as("kept %d bytes", keep).startsWith(body.text());
      assertThat(body.text()).doesNotContain("\uFFFD");
    }
  }

  @Test
  void base64TextWrittenBeforeItsEncodingIsStillDecoded() throws IOException {
    String har = "{\"log\":{\"entries\":[{\"request\":{\"method\":\"GET\",\"url\":\"/\"},\"response\":{\"status\":200,"
        + "\"content\":{\"mimeType\":\"text/plain\",\"text\":\"aGVsbG8\\/\",\"encoding\":\"base64\"}}}]}}";
    Body body = readAll(new ByteArrayInputStream(har.getBytes(StandardCharsets.UTF_8)), OPTIONS).get(0)
        .response().body();
    assertThat(body.bytes()).isEqualTo(java.util.Base64.getDecoder().decode("aGVsbG8/"));
  }

  @Test
  void theConfiguredStringLimitStillHolds() {
    String text = "\\\"x".repeat(2_000);
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(har(List.of(text), false)),
            OPTIONS.withMaxStringLength(3_000)))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("a string value is longer than the limit of 3000 characters");
  }

  @Test
  void aTruncatedFileInsideABodyIsAClearError() throws IOException {
    byte[] whole = har(List.of("x".repeat(50_000)), false);
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length / 2);
    assertThatThrownBy(() -> readAll(new ByteArrayInputStream(cut), OPTIONS))
        .isInstanceOf(BadInputException.class)
        .hasMessageContaining("truncated");
  }

  private static String randomText(Random random, int length) {
    String[] pieces = {"a", "Z", "0", " ", "\"", "\\", "/", "\n", "\t", "\r", "\b", "\f", "\u0001", "\u001f",
        "é", "ß", "€", "☃", "\u2028", "😀", "𝄞", "{\"k\":", "}", "<script>"};
    StringBuilder b = new StringBuilder(length);
    while (b.length() < length) {
      b.append(random.nextInt(3) == 0 ? pieces[random.nextInt(pieces.length)] : "plain text ");
    }
    return b.toString();
  }

  @Test
  void theDeclaredSizeOnlyHelpsWhetherRightOrWrong() throws IOException {
    // content.size tells where the string may end: exact, too small, too large or absurd, the body
    // must come out the same (a wrong size may only cost time).
    Random random = new Random(13);
    List<String> texts = new ArrayList<>();
    List<Long> sizes = new ArrayList<>();
    for (int i = 0; i < 300; i++) {
      String text = randomText(random, 1 + random.nextInt(i % 7 == 0 ? 30_000 : 400));
      long exact = text.getBytes(StandardCharsets.UTF_8).length;
      texts.add(text);
      sizes.add(switch (i % 5) {
        case 0 -> exact;
        case 1 -> exact / 2;
        case 2 -> exact * 2 + 10;
        case 3 -> 1L;
        default -> exact - 1 + random.nextInt(3);
      });
    }
    byte[] har = har(texts, false, sizes);
    for (int seed = 0; seed < 4; seed++) {
      List<Exchange> read = readAll(new ChoppyInput(har, new Random(seed)), OPTIONS);
      for (int i = 0; i < texts.size(); i++) {
        assertThat(read.get(i).response().body().text()).as("entry %d, size %d", i, sizes.get(i))
            .isEqualTo(texts.get(i));
      }
    }
  }

  private static byte[] har(List<String> texts, boolean bom) throws IOException {
    return har(texts, bom, null);
  }

  /** A HAR whose entries have these response texts (and sizes), written (escaped) by Jackson's generator. */
  private static byte[] har(List<String> texts, boolean bom, List<Long> sizes) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    if (bom) {
      out.write(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF});
    }
    try (JsonGenerator g = new JsonFactory().createGenerator(out)) {
      g.writeStartObject();
      g.writeObjectFieldStart("log");
      g.writeArrayFieldStart("entries");
      for (int i = 0; i < texts.size(); i++) {
        String text = texts.get(i);
        g.writeStartObject();
        g.writeObjectFieldStart("request");
        g.writeStringField("method", "GET");
        g.writeStringField("url", "https://api.example/x");
        g.writeEndObject();
        g.writeObjectFieldStart("response");
        g.writeNumberField("status", 200);
        g.writeObjectFieldStart("content");
        if (sizes != null) {
          g.writeNumberField("size", sizes.get(i));
        }
        g.writeStringField("mimeType", "application/json");
        g.writeStringField("text", text);
        g.writeEndObject();
        g.writeEndObject();
        g.writeEndObject();
      }
      g.writeEndArray();
      g.writeEndObject();
      g.writeEndObject();
    }
    return out.toByteArray();
  }

  private static List<Exchange> readAll(InputStream in, ReaderOptions options) throws IOException {
    List<Exchange> all = new ArrayList<>();
    try (HarReader reader = new HarReader(in, "t.har", options)) {
      Exchange e;
      while ((e = reader.next()) != null) {
        all.add(e);
      }
    }
    return all;
  }

  /** Hands out the bytes in reads of random sizes, as a network or a decompressor would. */
  private static final class ChoppyInput extends FilterInputStream {
    private final Random random;

    ChoppyInput(byte[] bytes, Random random) {
      super(new ByteArrayInputStream(bytes));
      this.random = random;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      return super.read(b, off, Math.min(len, 1 + random.nextInt(random.nextBoolean() ? 16 : 9_000)));
    }
  }
}
