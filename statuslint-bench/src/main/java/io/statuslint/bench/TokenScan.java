package io.statuslint.bench;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import java.io.File;
import java.io.IOException;

/**
 * The floor for reading a HAR: a bare Jackson token scan of the file that materialises nothing.
 * {@code bench/check-har.sh} runs it beside {@code statuslint check} on the same file, in the same
 * run, so the ratio between the two is meaningful on a noisy machine.
 */
public final class TokenScan {

  private TokenScan() {}

  public static void main(String[] args) throws IOException {
    File file = new File(args[0]);
    JsonFactory factory = JsonFactory.builder()
        .streamReadConstraints(StreamReadConstraints.builder().maxStringLength(Integer.MAX_VALUE).build())
        .build();
    long start = System.nanoTime();
    long tokens = 0;
    try (JsonParser p = factory.createParser(file)) {
      JsonToken t;
      while ((t = p.nextToken()) != null) {
        tokens++;
        if (t == JsonToken.VALUE_STRING && tokens < 0) {
          p.getText();
        }
      }
    }
    double seconds = (System.nanoTime() - start) / 1e9;
    System.out.printf("token-scan %s: %d tokens in %.2f s, %.1f MB/s%n",
        file.getName(), tokens, seconds, file.length() / 1e6 / seconds);
  }
}
