package io.statuslint.openapi;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.openapi.testing.SpecFixtures;
import io.statuslint.rule.Rule;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import io.statuslint.rules.headers.CreatedNeedsLocation;
import io.statuslint.rules.spec.CreateReturns201;
import io.statuslint.rules.spec.DefaultOnlyResponses;
import io.statuslint.rules.spec.DeleteNoContent;
import io.statuslint.rules.spec.InformationalByHand;
import io.statuslint.rules.spec.OperationErrorResponses;
import io.statuslint.rules.spec.OperationSuccessResponse;
import io.statuslint.rules.spec.RequestBodyValidationResponse;
import io.statuslint.rules.spec.SecuredOperation401;
import java.io.IOException;
import java.io.RandomAccessFile;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bad input: one clear line with the file (and line where there is one), never a crash, in bounded time. */
class BadInputTest {

  private static final Duration BOUND = Duration.ofSeconds(10);

  /** Every rule plus one that reads every fact of every response, so no view method goes untried. */
  private static final Rule READ_EVERYTHING = Rule.define(RuleMetadata.of("read-everything", Severity.INFO, "t"),
      (view, sink) -> {
        view.header("Location");
        view.content();
        view.body().text();
        view.mediaType();
        view.description();
        view.requestHeader("Accept");
      });

  private static final List<Rule> RULES = List.of(READ_EVERYTHING, new CreatedNeedsLocation(),
      new InformationalByHand(), new OperationSuccessResponse(), new OperationErrorResponses(),
      new DefaultOnlyResponses(), new SecuredOperation401(), new RequestBodyValidationResponse(),
      new CreateReturns201(), new DeleteNoContent());

  @TempDir Path temp;

  private static LintResult lint(SpecSource source, SpecLimits limits) {
    return assertTimeoutPreemptively(BOUND, () -> SpecLinter.create(limits).lint(source,
        RuleEngine.of(RULES, Config.builder().ruleset(Config.Ruleset.ALL).build()), f -> { }));
  }

  private static SpecProblem fatal(SpecSource source) {
    return fatal(source, SpecLimits.defaults());
  }

  private static SpecProblem fatal(SpecSource source, SpecLimits limits) {
    LintResult result = lint(source, limits);
    assertThat(result.readable()).isFalse();
    assertThat(result.problems()).hasSize(1);
    SpecProblem p = result.problems().get(0);
    assertThat(p.oneLine()).doesNotContain("\n").doesNotContain("Exception").startsWith(source.name());
    return p;
  }

  private static SpecSource fixture(String name) {
    return SpecSource.file(SpecFixtures.path(name));
  }

  @Test
  void invalidYamlNamesTheLine() {
    SpecProblem p = fatal(fixture("bad/invalid.yaml"));
    assertThat(p.message()).startsWith("not valid YAML");
    assertThat(p.line()).isBetween(5L, 6L);
  }

  @Test
  void invalidJsonNamesLineAndColumn() {
    SpecProblem p = fatal(fixture("bad/invalid.json"));
    assertThat(p.message()).startsWith("not valid JSON");
    assertThat(p.line()).isEqualTo(4);
    assertThat(p.column()).isPositive();
  }

  @Test
  void documentsThatAreNotOpenApi() {
    assertThat(fatal(fixture("bad/package.json")).message())
        .isEqualTo("not an OpenAPI or Swagger document: it has no 'openapi' or 'swagger' field");
    assertThat(fatal(fixture("bad/empty.yaml")).message()).isEqualTo("the document is empty");
    assertThat(fatal(fixture("bad/list.yaml")).message()).contains("the top level is a list");
    assertThat(fatal(fixture("bad/swagger12.yaml")).message()).contains("Swagger version '1.2' is not supported");
    SpecProblem alias = fatal(fixture("bad/undefined-alias.yaml"));
    assertThat(alias.message()).contains("*nowhere");
    assertThat(alias.line()).isEqualTo(7);
  }

  @Test
  void missingFilesAndDirectories() {
    assertThat(fatal(SpecSource.of(temp.resolve("nope.yaml").toString())).message()).isEqualTo("no such file");
    assertThat(fatal(SpecSource.file(temp)).message()).isEqualTo("is a directory, not a spec file");
  }

  @Test
  void anAliasBombCostsNoMoreThanItsText() {
    LintResult result = lint(fixture("bad/alias-bomb.yaml"), SpecLimits.defaults());
    assertThat(result.readable()).isTrue();
    assertThat(result.responses()).isEqualTo(1);
  }

  @Test
  void aHundredMegabyteSpecIsRefusedBeforeItIsRead() throws IOException {
    Path huge = temp.resolve("huge.json");
    try (RandomAccessFile f = new RandomAccessFile(huge.toFile(), "rw")) {
      f.setLength(100_000_000L);
    }
    SpecProblem p = fatal(SpecSource.file(huge));
    assertThat(p.message()).isEqualTo("is 100.0 MB, over the 64 MiB limit for one spec document "
        + "(raise it with --max-spec-size)");
  }

  @Test
  void theSizeCapIsConfigurableAndAppliesToStreamsToo() {
    SpecLimits small = SpecLimits.defaults().withMaxBytes(512);
    assertThat(fatal(fixture("rules/create-returns-201.v30.yaml"), small).message())
        .contains("over the 512 bytes limit");
    String big = "openapi: 3.0.3\n" + "#".repeat(1000) + "\n";
    assertThat(fatal(SpecSource.text("big.yaml", big), small).message()).contains("512 bytes");
    assertThat(SpecLimits.parseSize("200m")).isEqualTo(200L << 20);
    assertThat(SpecLimits.parseSize("1GB")).isEqualTo(1L << 30);
  }

  @Test
  void tooDeepIsRefusedNotAStackOverflow() throws IOException {
    Path deep = temp.resolve("deep.json");
    Files.writeString(deep, "{\"openapi\":\"3.0.3\",\"x\":" + "[".repeat(5000) + "]".repeat(5000) + "}");
    SpecProblem p = fatal(SpecSource.file(deep));
    assertThat(p.message()).isEqualTo("nested more than 500 levels deep");
    assertThat(p.line()).isEqualTo(1);
  }

  @Test
  void anUnreachableUrlFailsFast() throws IOException {
    int port;
    try (ServerSocket s = new ServerSocket(0)) {
      port = s.getLocalPort();
    }
    SpecProblem p = fatal(SpecSource.of("http://127.0.0.1:" + port + "/openapi.yaml"));
    assertThat(p.message()).startsWith("cannot fetch");
  }

  @Test
  void aServerThatStallsMidBodyTimesOut() throws Exception {
    java.util.concurrent.CountDownLatch release = new java.util.concurrent.CountDownLatch(1);
    com.sun.net.httpserver.HttpServer server =
        com.sun.net.httpserver.HttpServer.create(new java.net.InetSocketAddress("127.0.0.1", 0), 0);
    server.createContext("/slow.yaml", exchange -> {
      exchange.sendResponseHeaders(200, 100_000);
      exchange.getResponseBody().write("openapi: 3.0.3\n".getBytes(StandardCharsets.UTF_8));
      exchange.getResponseBody().flush();
      try {
        release.await();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
      exchange.close();
    });
    server.start();
    try {
      SpecLimits quick = SpecLimits.defaults().withTimeouts(Duration.ofSeconds(1), Duration.ofSeconds(2));
      String url = "http://127.0.0.1:" + server.getAddress().getPort() + "/slow.yaml";
      assertThat(fatal(SpecSource.of(url), quick).message()).isEqualTo("cannot fetch: no complete answer within 2 s");
    } finally {
      release.countDown();
      server.stop(0);
    }
  }

  @Test
  void fieldsOfTheWrongTypeAreSkippedNotFatal() {
    List<Finding> findings = new ArrayList<>();
    LintResult result = assertTimeoutPreemptively(BOUND, () -> SpecLinter.create().lint(
        fixture("bad/odd-shapes.yaml"),
        RuleEngine.of(RULES, Config.builder().ruleset(Config.Ruleset.ALL).build()), findings::add));
    assertThat(result.readable()).isTrue();
    assertThat(result.problems()).noneMatch(p -> p.message().contains("internal error"));
    assertThat(result.operations()).isGreaterThanOrEqualTo(3);
  }

  @Test
  void truncatedAndMangledSpecsNeverCrash() throws IOException {
    Random random = new Random(42);
    List<String> names = List.of("views/responses.v30.yaml", "views/responses.v31.json", "views/responses.v20.yaml",
        "refs/main.v30.yaml", "anchors.v30.yaml", "ignore.v30.yaml");
    for (String name : names) {
      String text = Files.readString(SpecFixtures.path(name), StandardCharsets.UTF_8);
      for (int i = 0; i < 25; i++) {
        String mangled = random.nextBoolean()
            ? text.substring(0, random.nextInt(text.length()))
            : text.replace(text.charAt(random.nextInt(text.length())), "{}[]:-&*\"'\t".charAt(random.nextInt(11)));
        LintResult result = lint(SpecSource.text(name, mangled), SpecLimits.defaults());
        assertThat(result.problems()).allSatisfy(p -> {
          assertThat(p.message()).doesNotContain("internal error");
          assertThat(p.oneLine()).doesNotContain("\n");
        });
      }
    }
  }
}
