package io.statuslint.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.statuslint.model.ExchangeBuilder;
import io.statuslint.traffic.NdjsonExchangeWriter;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CheckCommandTest {

  @TempDir Path dir;

  private Path ndjson(String name, ExchangeBuilder... exchanges) throws Exception {
    Path p = dir.resolve(name);
    try (OutputStream out = Files.newOutputStream(p); NdjsonExchangeWriter w = new NdjsonExchangeWriter(out)) {
      for (ExchangeBuilder e : exchanges) {
        w.write(e.build());
      }
    }
    return p;
  }

  private Path withMistakes() throws Exception {
    return ndjson("mistakes.ndjson",
        ExchangeBuilder.request("POST", "https://api.test/orders").respond(201).json("{\"id\":1}"),
        ExchangeBuilder.get("https://api.test/search").respond(429).json("{\"message\":\"slow down\"}"),
        ExchangeBuilder.get("https://api.test/orders/1").respond(200).json("{\"id\":1}"));
  }

  @Test
  void exitsOneOnErrorsAndReportsEveryFindingAsJson() throws Exception {
    CliRun r = CliRun.of("check", "--format", "json", withMistakes().toString());
    assertThat(r.exitCode()).isEqualTo(1);
    JsonNode report = new ObjectMapper().readTree(r.out());
    assertThat(report.path("findings")).extracting(f -> f.path("rule").asText())
        .contains("created-location", "rate-limit-retry-after");
    JsonNode f = report.path("findings").get(0);
    assertThat(f.path("location").path("file").asText()).endsWith("mistakes.ndjson");
    assertThat(f.path("location").path("line").asInt()).isEqualTo(1);
    assertThat(f.path("location").path("entry").asInt()).isZero();
    assertThat(report.path("summary").path("exchanges").asInt()).isEqualTo(3);
  }

  @Test
  void failOnDecidesTheExitCode() throws Exception {
    String file = withMistakes().toString();
    assertThat(CliRun.of("check", "--fail-on", "never", file).exitCode()).isZero();
    Path onlyWarnings = ndjson("warn.ndjson",
        ExchangeBuilder.request("POST", "https://api.test/orders").respond(201).json("{}"));
    assertThat(CliRun.of("check", onlyWarnings.toString()).exitCode()).isZero();
    assertThat(CliRun.of("check", "--fail-on", "warning", onlyWarnings.toString()).exitCode()).isEqualTo(1);
  }

  @Test
  void aCleanFileExitsZero() throws Exception {
    Path clean = ndjson("clean.ndjson",
        ExchangeBuilder.get("https://api.test/orders/1").respond(200).json("{\"id\":1}"),
        ExchangeBuilder.request("POST", "https://api.test/orders").respond(201).header("Location", "/orders/2"));
    CliRun r = CliRun.of("check", clean.toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.out()).contains("No findings");
  }

  @Test
  void anUnreadableInputIsExit2ButTheOthersAreStillChecked() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.har"), "{\"log\":{\"entries\":[{\"request\":");
    CliRun r = CliRun.of("check", "--format", "ndjson", "--fail-on", "never", broken.toString(), withMistakes().toString());
    assertThat(r.exitCode()).isEqualTo(2);
    assertThat(r.err()).contains("broken.har").doesNotContain("\tat ").doesNotContain("Exception");
    assertThat(r.out().lines()).anyMatch(l -> l.contains("\"rate-limit-retry-after\""));
  }

  @Test
  void lenientTurnsUnreadableInputsIntoWarnings() throws Exception {
    Path broken = Files.writeString(dir.resolve("broken.ndjson"), "{\"v\":1,\"request\":{\"method\":\"GET\"\n");
    CliRun r = CliRun.of("check", "--lenient", "--fail-on", "never", broken.toString(), withMistakes().toString());
    assertThat(r.exitCode()).isZero();
    assertThat(r.err()).contains("warning");
  }

  @Test
  void writesSeveralFormatsInOneRun() throws Exception {
    Path sarif = dir.resolve("out/report.sarif");
    Path html = dir.resolve("out/report.html");
    CliRun r = CliRun.of("check", "--format", "text", "--format", "sarif=" + sarif, "--format", "html=" + html,
        withMistakes().toString());
    assertThat(r.exitCode()).isEqualTo(1);
    assertThat(r.out()).contains("rate-limit-retry-after");
    assertThat(new ObjectMapper().readTree(sarif.toFile()).path("version").asText()).isEqualTo("2.1.0");
    assertThat(Files.readString(html)).contains("<!DOCTYPE html>");
    assertThat(r.err()).contains("wrote").contains("report.sarif");
  }

  @Test
  void aConfigFileNextToTheInputIsFound() throws Exception {
    Files.writeString(dir.resolve(".statuslint.yaml"), "rules:\n  rate-limit-retry-after: off\n");
    CliRun r = CliRun.of("check", "--format", "json", withMistakes().toString());
    assertThat(r.out()).doesNotContain("\"rate-limit-retry-after\"").contains("created-location");
    assertThat(r.exitCode()).isZero();
  }
}
