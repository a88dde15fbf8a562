package io.statuslint.traffic;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Random;
import org.junit.jupiter.api.Test;

class RawJsonStringTest {

  /** The word-at-a-time search finds the same closing quote as a byte-by-byte walk, carry included. */
  @Test
  void closingQuoteAgreesWithAPlainWalk() {
    Random random = new Random(17);
    byte[] alphabet = {'"', '\\', '\\', 'a', 'u', '0', (byte) 0xC3, (byte) 0xA9, '/', ' '};
    for (int n = 0; n < 200_000; n++) {
      byte[] b = new byte[random.nextInt(40)];
      for (int i = 0; i < b.length; i++) {
        b[i] = random.nextInt(3) == 0 ? alphabet[random.nextInt(alphabet.length)] : (byte) ('a' + random.nextInt(26));
      }
      int from = b.length == 0 ? 0 : random.nextInt(b.length);
      int to = from + (b.length == from ? 0 : random.nextInt(b.length - from + 1));
      int carried = random.nextInt(4);
      assertThat(RawJsonString.closingQuote(b, from, to, carried))
          .as("%s from %d to %d carrying %d", new String(b, java.nio.charset.StandardCharsets.ISO_8859_1), from, to, carried)
          .isEqualTo(plainWalk(b, from, to, carried));
    }
  }

  private static int plainWalk(byte[] b, int from, int to, int carried) {
    boolean escaped = (carried & 1) == 1;
    for (int i = from; i < to; i++) {
      if (escaped) {
        escaped = false;
      } else if (b[i] == '\\') {
        escaped = true;
      } else if (b[i] == '"') {
        return i;
      }
    }
    return -1;
  }
}
