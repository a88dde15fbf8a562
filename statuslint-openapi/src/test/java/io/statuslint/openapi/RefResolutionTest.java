package io.statuslint.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** $refs: local, relative files, URLs, chains, cycles and dead ends. */
class RefResolutionTest {

  private static final Rule DESCRIBE = Rule.define(RuleMetadata.of("describe", Severity.INFO, "test"),
      (view, sink) -> sink.report(view.statusText() + " " + view.description()));

  @Test
  void followsRelativeFilesAndChainsAndReportsAMissingFileOnce() {
    SpecFixtures.Linted linted = SpecFixtures.lint("refs/main.v30.yaml", DESCRIBE);
    assertThat(linted.findings()).extracting(Finding::message)
        .contains("200 the pets", "404 not found", "410 gone for good", "200 ok");
    // The 500's file does not exist: one problem at the $ref, and the rest of the spec is linted.
    assertThat(linted.result().problems()).singleElement().satisfies(p -> {
      assertThat(p.fatal()).isFalse();
      assertThat(p.line()).isEqualTo(12);
      assertThat(p.message()).contains("common/missing.yaml#/Error").contains("no such file");
    });
    assertThat(linted.result().readable()).isTrue();
  }

  @Test
  void reportsCyclesWithoutLoopingAndGoesOn() {
    SpecFixtures.Linted linted = SpecFixtures.lint("refs/cycle.v30.yaml", DESCRIBE);
    assertThat(linted.findings()).extracting(Finding::message).contains("200 ok");
    assertThat(linted.result().problems()).hasSize(2).allSatisfy(p -> assertThat(p.message()).contains("circular"));
    assertThat(linted.result().problems()).extracting(SpecProblem::line).containsExactlyInAnyOrder(8L, 10L);
  }

  @Test
  void followsUrlsAndRefusesLocalFilesFromTheNetwork() throws IOException {
    HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
    serve(server, "/api/spec.yaml", Files.readAllBytes(SpecFixtures.path("refs/url-main.yaml")));
    serve(server, "/api/common/responses.yaml", Files.readAllBytes(SpecFixtures.path("refs/common/responses.yaml")));
    server.start();
    try {
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/api/spec.yaml";
      List<Finding> findings = new ArrayList<>();
      LintResult result = SpecLinter.create().lint(SpecSource.of(url),
          RuleEngine.of(List.of(DESCRIBE), Config.builder().ruleset(Config.Ruleset.ALL).build()), findings::add);
      assertThat(findings).extracting(Finding::message).contains("200 ok", "404 not found");
      assertThat(findings).allSatisfy(f -> assertThat(f.location().file()).isEqualTo(url));
      assertThat(result.problems()).singleElement()
          .satisfies(p -> assertThat(p.message()).contains("may not reference local files"));
    } finally {
      server.stop(0);
    }
  }

  private static void serve(HttpServer server, String path, byte[] body) {
    server.createContext(path, exchange -> {
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  @Test
  void decodesPercentEncodedPointers() {
    assertThat(io.statuslint.openapi.resolve.RefResolverAccess.percentDecode("/paths/~1pets~1%7Bid%7D"))
        .isEqualTo("/paths/~1pets~1{id}");
    assertThat(URI.create("x").isAbsolute()).isFalse();
  }
}
