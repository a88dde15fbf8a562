package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.undertow.Undertow;
import io.undertow.server.handlers.resource.PathResourceManager;
import io.undertow.server.handlers.resource.ResourceHandler;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A second stack nobody here wrote: Undertow 2.3 serving a JSON file with its stock ResourceHandler.
 * The findings asserted are what Undertow really does: it gets methods and ranges right, sets no
 * limits a probe can see, and serves the file to POST whatever the content.
 */
class UndertowDefaultsTest {

  @TempDir static Path docs;
  private static Undertow server;
  private static String base;

  @BeforeAll
  static void startUndertow() throws Exception {
    Files.writeString(docs.resolve("data.json"), "{\"items\":[1,2,3],\"note\":\"served by Undertow\"}\n");
    server = Undertow.builder()
        .addHttpListener(0, "127.0.0.1")
        .setHandler(new ResourceHandler(new PathResourceManager(docs)))
        .build();
    server.start();
    InetSocketAddress a = (InetSocketAddress) server.getListenerInfo().get(0).getAddress();
    base = "http://127.0.0.1:" + a.getPort();
  }

  @AfterAll
  static void stopUndertow() {
    server.stop();
  }

  @Test
  void undertowsStockFileServingAsTheProbeSeesIt() throws Exception {
    ProbeRunner r = ProbeRunner.run(base, o -> o.paths(List.of("/data.json")).unsafe(true));
    System.out.println("Undertow 2.3 ResourceHandler, default error handling:\n" + r.describe());
    // Its Allow (on the 405 to OPTIONS) lists POST, and POST serves the file, ignoring the content.
    assertThat(r.rules()).as(r.describe()).containsExactlyInAnyOrder("probe-malformed-body",
        "probe-unsupported-media-type", "probe-oversized-body", "probe-long-uri", "probe-large-headers");
    // What it gets right: 501 for an unknown method, HEAD like GET, 206 then 416, 404 for unknown paths.
    assertThat(r.exchanges).anyMatch(e -> e.exchange().request().method().equals("STATUSLINT-PROBE")
        && e.exchange().response().status() == 501);
    assertThat(r.exchanges).filteredOn(e -> e.purpose().startsWith("probe-range"))
        .extracting(e -> e.exchange().response().status()).containsExactly(206, 416);
  }
}
