package io.statuslint.probe;

import static org.assertj.core.api.Assertions.assertThat;

import io.statuslint.finding.Finding;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.handler.ResourceHandler;
import org.eclipse.jetty.util.resource.ResourceFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server stack nobody here wrote: Jetty 12 serving a JSON file with its stock ResourceHandler and
 * default error handling. The findings asserted are what Jetty really does.
 */
class JettyDefaultsTest {

  @TempDir static Path docs;
  private static Server server;
  private static String base;

  @BeforeAll
  static void startJetty() throws Exception {
    Files.writeString(docs.resolve("data.json"), "{\"items\":[1,2,3],\"note\":\"served by Jetty\"}\n");
    server = new Server();
    ServerConnector connector = new ServerConnector(server);
    connector.setHost("127.0.0.1");
    connector.setPort(0);
    server.addConnector(connector);
    ResourceHandler files = new ResourceHandler();
    files.setBaseResource(ResourceFactory.of(server).newResource(docs));
    server.setHandler(files);
    server.start();
    base = "http://127.0.0.1:" + connector.getLocalPort();
  }

  @AfterAll
  static void stopJetty() throws Exception {
    server.stop();
  }

  @Test
  void jettysStockFileServingAsTheProbeSeesIt() throws Exception {
    ProbeRunner r = ProbeRunner.run(base, o -> o.paths(List.of("/data.json")).unsafe(true));
    System.out.println("Jetty 12.1 ResourceHandler, default error handling:\n" + r.describe());
    // Jetty routes unknown methods (and DELETE, which its own Allow leaves out) like unknown paths.
    assertThat(r.findings("probe-wrong-method")).as(r.describe())
        .extracting(f -> f.location().method() + " " + f.location().status())
        .containsExactlyInAnyOrder("STATUSLINT-PROBE 404", "DELETE 404");
    // Its error pages are JSON (Accept asked for it) or, for limits hit while parsing, HTML: never
    // Problem Details.
    assertThat(r.findings("error-problem-details")).as(r.describe())
        .extracting(f -> f.location().status()).contains(404, 414, 416);
    // What it gets right: HEAD, ranges, 404 for unknown paths, 414 for a long URI, no 5xx anywhere.
    assertThat(r.rules()).as(r.describe()).containsOnly("probe-wrong-method", "error-problem-details");
    assertThat(r.exchanges).noneMatch(e -> e.exchange().hasResponse() && e.exchange().response().status() >= 500);
    assertThat(r.exchanges).anyMatch(e -> e.purpose().startsWith("probe-long-uri")
        && e.exchange().response().status() == 414);
    for (Finding f : r.findings()) {
      assertThat(f.location().url()).startsWith(base);
    }
  }
}
