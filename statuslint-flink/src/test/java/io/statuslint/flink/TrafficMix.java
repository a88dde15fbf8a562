package io.statuslint.flink;

import io.statuslint.model.Body;
import io.statuslint.model.Exchange;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.model.Origin;
import io.statuslint.model.ResourceHint;
import io.statuslint.traffic.NdjsonExchangeWriter;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import java.util.UUID;

/**
 * A gateway's day in miniature: a seeded, reproducible NDJSON exchange log where most exchanges are
 * clean and the rest trip a spread of rules on many endpoints. Some lines carry an {@code id}, some
 * do not (their id is then the line index); blank lines and CRLF line ends appear now and then, so
 * entry numbering is exercised too.
 */
final class TrafficMix {

  private final Random random;

  TrafficMix(long seed) {
    this.random = new Random(seed);
  }

  /** Writes {@code count} exchanges to {@code file}; returns the file's size in bytes. */
  long write(Path file, long count) throws IOException {
    try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file), 1 << 16)) {
      for (long i = 0; i < count; i++) {
        if (i > 0 && i % 997 == 0) {
          out.write('\n'); // a blank line: skipped, but counted in the entry index
        }
        out.write(NdjsonExchangeWriter.toLine(exchange(i)).getBytes(StandardCharsets.UTF_8));
        out.write(i % 501 == 0 ? "\r\n".getBytes(StandardCharsets.US_ASCII) : new byte[] {'\n'});
      }
    }
    return Files.size(file);
  }

  Exchange exchange(long i) {
    ExchangeBuilder b = pick(random.nextInt(1000));
    Exchange e = b.build();
    // Two in three lines name their exchange; the rest are known by their line.
    String id = random.nextInt(3) == 0 ? null : "ex-" + Long.toString(i, 36) + "-" + random.nextInt(1000);
    return e.withOrigin(new Origin(null, -1, -1, id));
  }

  private ExchangeBuilder pick(int r) {
    String host = "https://api.example.com";
    long order = 1 + random.nextInt(50_000);
    if (r < 600) { // clean reads
      return ExchangeBuilder.get(host + "/v1/orders/" + order).header("Accept", "application/json")
          .respond(200).json("{\"id\":" + order + ",\"state\":\"shipped\"}");
    }
    if (r < 640) {
      return ExchangeBuilder.request("POST", host + "/v1/orders").header("Content-Type", "application/json")
          .body("{\"sku\":\"A-1\"}").respond(201).json("{\"id\":" + order + "}");
    }
    if (r < 660) {
      return ExchangeBuilder.request("POST", host + "/v1/orders").respond(201)
          .header("Location", "/v1/orders/" + order).json("{\"id\":" + order + "}");
    }
    if (r < 700) {
      ExchangeBuilder b = ExchangeBuilder.get(host + "/v1/search?q=" + order).respond(429)
          .header("Content-Type", "application/problem+json");
      if (random.nextBoolean()) {
        b.header("Retry-After", random.nextInt(5) == 0 ? "soon" : "30");
      }
      return b.body("{\"title\":\"Too Many Requests\",\"status\":429}");
    }
    if (r < 740) {
      return ExchangeBuilder.get(host + "/v1/users/" + UUID.nameUUIDFromBytes(longBytes(order)) + "/cart")
          .respond(500).json("{\"error\":\"java.lang.NullPointerException: cart\\n\\tat com.acme.Cart.total(Cart.java:42)"
              + "\\n\\tat com.acme.CartController.get(CartController.java:17)\"}");
    }
    if (r < 770) {
      return ExchangeBuilder.get(host + "/v1/orders/" + order).respond(404)
          .header("Content-Type", "application/problem+json")
          .body("{\"title\":\"Not Found\",\"status\":" + (random.nextBoolean() ? 404 : 400) + "}");
    }
    if (r < 790) {
      return ExchangeBuilder.request("DELETE", host + "/v1/orders/" + order).respond(204).json("{\"deleted\":true}");
    }
    if (r < 810) {
      return ExchangeBuilder.get(host + "/v1/me").respond(401).header("Content-Type", "application/problem+json")
          .body("{\"title\":\"Unauthorized\",\"status\":401}");
    }
    if (r < 830) {
      return ExchangeBuilder.request("PUT", host + "/v1/orders/" + order + "/items/" + random.nextInt(9))
          .respond(200).json("{\"success\":false,\"error\":\"item is out of stock\"}");
    }
    if (r < 850) {
      return ExchangeBuilder.get(host + "/v1/reports/" + String.format("%016x", order * 0x9E3779B97F4A7C15L))
          .respond(503).body(Body.absent());
    }
    if (r < 865) {
      return ExchangeBuilder.request("POST", host + "/v1/login").respond(random.nextBoolean() ? 301 : 302);
    }
    if (r < 880) {
      return ExchangeBuilder.get(host + "/v1/catalog/" + order).respond(304);
    }
    if (r < 890) {
      return ExchangeBuilder.get(host + "/v1/legacy/" + order).respond(random.nextBoolean() ? 299 : 999)
          .json("{}");
    }
    if (r < 900) {
      return ExchangeBuilder.request("POST", host + "/v1/payments"); // no response received
    }
    if (r < 915) {
      return ExchangeBuilder.request("PATCH", host + "/v1/orders/" + order).respond(405)
          .header("Content-Type", "application/problem+json").body("{\"title\":\"Method Not Allowed\",\"status\":405}");
    }
    if (r < 930) {
      return ExchangeBuilder.request("POST", host + "/v1/orders/" + order + "/refunds")
          .header("Content-Type", "application/json").respond(400)
          .json("{\"message\":\"an order with this id already exists\"}");
    }
    if (r < 945) {
      return ExchangeBuilder.get(host + "/v1/files/report-" + order + ".pdf").resourceHint(ResourceHint.API)
          .respond(500).header("Content-Type", "text/plain")
          .body("open /var/app/data/reports/" + order + ".pdf: no such file or directory");
    }
    if (r < 960) {
      return ExchangeBuilder.get(host + "/v1/orders/" + order).header("Accept", "application/json")
          .respond(200).unknownBody();
    }
    if (r < 975) {
      return ExchangeBuilder.get(host + "/v1/orders/" + order + "/invoice").respond(206)
          .header("Content-Type", "application/pdf").body(Body.truncated("%PDF-1.7", 48_213));
    }
    return ExchangeBuilder.get(host + "/v1/orders?page=" + random.nextInt(40)).respond(200)
        .json("{\"items\":[],\"errors\":[]}");
  }

  private static byte[] longBytes(long v) {
    return Long.toString(v).getBytes(StandardCharsets.US_ASCII);
  }
}
