package io.statuslint.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.model.Body;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.Deflater;
import java.util.zip.DeflaterOutputStream;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;

class BodyDecoderTest {

  private static final String JSON = "{\"id\":42,\"status\":\"shipped\",\"note\":\"naïve café\"}";
  private final BodyDecoder decoder = new BodyDecoder(1 << 20, 64 * 1024);

  @Test
  void decodesGzip() throws IOException {
    Body body = decoder.decode(gzip(utf8(JSON)), "gzip", StandardCharsets.UTF_8);

    assertThat(body.state()).isEqualTo(Body.State.COMPLETE);
    assertThat(body.text()).isEqualTo(JSON);
  }

  @Test
  void decodesXGzipCaseInsensitively() throws IOException {
    assertThat(decoder.decode(gzip(utf8(JSON)), " X-GZIP ", StandardCharsets.UTF_8).text()).isEqualTo(JSON);
  }

  @Test
  void decodesZlibDeflateAndRawDeflate() throws IOException {
    assertThat(decoder.decode(deflate(utf8(JSON), false), "deflate", StandardCharsets.UTF_8).text()).isEqualTo(JSON);
    assertThat(decoder.decode(deflate(utf8(JSON), true), "deflate", StandardCharsets.UTF_8).text()).isEqualTo(JSON);
  }

  @Test
  void undoesStackedCodingsInReverseOrder() throws IOException {
    byte[] stacked = gzip(deflate(utf8(JSON), false));

    assertThat(decoder.decode(stacked, "deflate, gzip", StandardCharsets.UTF_8).text()).isEqualTo(JSON);
  }

  @Test
  void identityLeavesBytesAlone() {
    byte[] bytes = utf8(JSON);

    assertThat(decoder.decode(bytes, "identity", StandardCharsets.UTF_8).bytes()).isEqualTo(bytes);
    assertThat(BodyDecoder.isIdentity(null)).isTrue();
    assertThat(BodyDecoder.isIdentity("gzip")).isFalse();
  }

  @Test
  void zipBombStopsAtTheCapAsATruncatedPrefix() throws IOException {
    byte[] bomb = gzip(new byte[8 * 1024 * 1024]);
    BodyDecoder small = new BodyDecoder(1 << 20, 4096);

    Body body = small.decode(bomb, "gzip", StandardCharsets.UTF_8);

    assertThat(bomb.length).isLessThan(20_000);
    assertThat(body.state()).isEqualTo(Body.State.TRUNCATED);
    assertThat(body.bytes()).hasSize(4096);
    assertThat(body.size()).isEqualTo(-1);
  }

  @Test
  void contentLongerThanKeptButUnderTheDecodeCapKnowsItsFullSize() throws IOException {
    byte[] content = new byte[100_000];
    Arrays.fill(content, (byte) 'a');
    BodyDecoder small = new BodyDecoder(1 << 20, 1000);

    Body body = small.decode(gzip(content), "gzip", StandardCharsets.UTF_8);

    assertThat(body.state()).isEqualTo(Body.State.TRUNCATED);
    assertThat(body.size()).isEqualTo(100_000);
    assertThat(body.text()).hasSize(1000);
  }

  @Test
  void truncatedGzipGivesThePrefixDecodedSoFar() throws IOException {
    String longJson = JSON.repeat(500);
    byte[] gz = gzip(utf8(longJson));

    Body body = decoder.decode(Arrays.copyOf(gz, gz.length - 40), "gzip", StandardCharsets.UTF_8);

    assertThat(body.state()).isEqualTo(Body.State.TRUNCATED);
    assertThat(longJson).startsWith(body.text());
  }

  @Test
  void bytesThatAreNotGzipAreUnknownNotAnError() {
    byte[] random = new byte[4096];
    new Random(7).nextBytes(random);

    assertThat(decoder.decode(random, "gzip", StandardCharsets.UTF_8).state()).isEqualTo(Body.State.UNKNOWN);
    assertThat(decoder.decode(new byte[0], "deflate", StandardCharsets.UTF_8).state()).isEqualTo(Body.State.UNKNOWN);
  }

  @Test
  void binaryContentSurvivesDecoding() throws IOException {
    byte[] binary = new byte[3000];
    new Random(11).nextBytes(binary);

    Body body = decoder.decode(gzip(binary), "gzip", StandardCharsets.UTF_8);

    assertThat(body.bytes()).isEqualTo(binary);
    assertThat(body.text()).isNotNull();
  }

  @Test
  void unsupportedCodingIsUnknown() {
    assertThat(BodyDecoder.supports("br")).isFalse();
    assertThat(BodyDecoder.supports("gzip, zstd")).isFalse();
    assertThat(BodyDecoder.supports("gzip, deflate")).isTrue();
    assertThat(decoder.decode(utf8("xx"), "br", StandardCharsets.UTF_8).state()).isEqualTo(Body.State.UNKNOWN);
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  private static byte[] gzip(byte[] data) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(out)) {
      gz.write(data);
    }
    return out.toByteArray();
  }

  private static byte[] deflate(byte[] data, boolean raw) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    Deflater deflater = new Deflater(Deflater.DEFAULT_COMPRESSION, raw);
    try (DeflaterOutputStream d = new DeflaterOutputStream(out, deflater)) {
      d.write(data);
    } finally {
      deflater.end();
    }
    return out.toByteArray();
  }
}
