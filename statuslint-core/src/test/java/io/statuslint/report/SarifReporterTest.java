package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.rule.Suggestion;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The SARIF report against the official OASIS SARIF 2.1.0 schema (see schemas/SOURCES.md) and
 * against what GitHub code scanning documents it needs: rules with help, a level, and for every
 * result with a file a {@code region.startLine}.
 */
class SarifReporterTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static JsonSchema schema;

  @BeforeAll
  static void loadSchema() throws IOException {
    try (InputStream in = SarifReporterTest.class.getResourceAsStream("schemas/sarif-schema-2.1.0.json")) {
      SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
      schema = JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V4).getSchema(in, config);
    }
  }

  private static Set<ValidationMessage> validate(JsonNode sarif) {
    return schema.validate(sarif);
  }

  @Test
  void reportOfMixedTrafficAndSpecFindingsIsValidSarif() throws IOException {
    JsonNode sarif = JSON.readTree(ReportFixtures.render("sarif"));
    assertThat(validate(sarif)).isEmpty();
    assertThat(sarif.path("version").asText()).isEqualTo("2.1.0");
    assertThat(sarif.path("runs")).hasSize(1);
  }

  @Test
  void theSchemaCatchesABrokenLog() throws IOException {
    ObjectNode sarif = (ObjectNode) JSON.readTree(ReportFixtures.render("sarif"));
    ObjectNode result = (ObjectNode) sarif.path("runs").get(0).path("results").get(0);
    result.put("level", "fatal");
    ((ObjectNode) result.path("locations").get(0).path("physicalLocation").path("region")).put("startLine", 0);
    assertThat(validate(sarif)).isNotEmpty();
  }

  @Test
  void listsEveryEnabledRuleWithHelpAndReference() throws IOException {
    JsonNode driver = JSON.readTree(ReportFixtures.render("sarif")).path("runs").get(0).path("tool").path("driver");
    assertThat(driver.path("name").asText()).isEqualTo("statuslint");
    JsonNode rules = driver.path("rules");
    List<String> ids = new ArrayList<>();
    rules.forEach(r -> ids.add(r.path("id").asText()));
    assertThat(ids).containsExactlyElementsOf(ReportFixtures.rules().stream().map(ActiveRule::id).toList());
    for (JsonNode rule : rules) {
      assertThat(rule.path("shortDescription").path("text").asText()).isNotBlank();
      assertThat(rule.path("help").path("text").asText()).isNotBlank();
      assertThat(rule.path("help").path("markdown").asText()).isNotBlank();
      assertThat(rule.path("helpUri").asText()).startsWith("https://statuslint.io/rules/" + rule.path("id").asText());
      assertThat(rule.path("defaultConfiguration").path("level").asText()).isIn("error", "warning", "note");
      assertThat(rule.path("properties").path("rfc").asText()).startsWith("RFC ");
    }
    // A rule with a shipped document gets it as its help.
    assertThat(rules.get(0).path("help").path("markdown").asText()).startsWith("# created-location").contains("## Fix");
    assertThat(rules.get(1).path("properties").path("problem.severity").asText()).isEqualTo("error");
    assertThat(rules.get(4).path("properties").path("problem.severity").asText()).isEqualTo("recommendation");
  }

  @Test
  void trafficFindingsPointAtTheEntryLineWithTheRequestAsLogicalLocation() throws IOException {
    JsonNode results = JSON.readTree(ReportFixtures.render("sarif")).path("runs").get(0).path("results");
    JsonNode rule = JSON.readTree(ReportFixtures.render("sarif")).path("runs").get(0).path("tool").path("driver").path("rules");
    assertThat(results).hasSize(ReportFixtures.findings().size());
    JsonNode traffic = results.get(1);
    assertThat(traffic.path("ruleId").asText()).isEqualTo("rate-limit-retry-after");
    assertThat(rule.get(traffic.path("ruleIndex").asInt()).path("id").asText()).isEqualTo("rate-limit-retry-after");
    assertThat(traffic.path("level").asText()).isEqualTo("error");
    JsonNode loc = traffic.path("locations").get(0);
    assertThat(loc.at("/physicalLocation/artifactLocation/uri").asText()).isEqualTo("recordings/traffic.har");
    assertThat(loc.at("/physicalLocation/region/startLine").asInt()).isEqualTo(310);
    assertThat(loc.at("/logicalLocations/0/name").asText()).isEqualTo("GET /orders/{id}");
    assertThat(loc.at("/logicalLocations/0/fullyQualifiedName").asText())
        .isEqualTo("GET https://api.example.com/orders/42?page=2 → 429");
    assertThat(traffic.at("/message/text").asText()).contains("429 Too Many Requests without Retry-After").contains("Fix:");
    assertThat(traffic.at("/properties/entry").asInt()).isEqualTo(7);
    // The same defect on another id of the same endpoint is the same alert; another rule is not.
    assertThat(traffic.at("/partialFingerprints/statuslint~1v1").asText())
        .isEqualTo(results.get(2).at("/partialFingerprints/statuslint~1v1").asText())
        .isNotEqualTo(results.get(0).at("/partialFingerprints/statuslint~1v1").asText());
    JsonNode spec = results.get(4).path("locations").get(0);
    assertThat(spec.at("/physicalLocation/region/startLine").asInt()).isEqualTo(88);
    assertThat(spec.at("/physicalLocation/region/startColumn").asInt()).isEqualTo(11);
    assertThat(results.get(4).at("/properties/component").asText()).isEqualTo("#/components/responses/Moved");
  }

  @Test
  void everyResultWithAFileHasAStartLineAsCodeScanningRequires() throws IOException {
    ActiveRule rule = ReportFixtures.byId("created-location");
    List<Finding> findings = new ArrayList<>(ReportFixtures.findings());
    findings.add(ReportFixtures.finding(rule, "no line known", null,
        new Location("specs/whole file.yaml", -1, -1, null, null, -1, null, null, null, -1), null));
    String out = ReportFixtures.render("sarif", ReportFixtures.context(), findings, ReportFixtures.summary(findings), r -> {});
    JsonNode sarif = JSON.readTree(out);
    assertThat(validate(sarif)).isEmpty();
    int withFile = 0;
    Set<String> ruleIds = new HashSet<>();
    sarif.at("/runs/0/tool/driver/rules").forEach(r -> ruleIds.add(r.path("id").asText()));
    for (JsonNode result : sarif.at("/runs/0/results")) {
      assertThat(ruleIds).contains(result.path("ruleId").asText());
      assertThat(result.path("partialFingerprints").size()).isEqualTo(1);
      JsonNode physical = result.at("/locations/0/physicalLocation");
      if (!physical.isMissingNode()) {
        withFile++;
        assertThat(physical.at("/region/startLine").asInt()).isGreaterThanOrEqualTo(1);
      }
    }
    assertThat(withFile).isEqualTo(7);
    JsonNode last = sarif.at("/runs/0/results/7/locations/0/physicalLocation");
    assertThat(last.at("/artifactLocation/uri").asText()).isEqualTo("specs/whole%20file.yaml");
    assertThat(last.at("/region/startLine").asInt()).isEqualTo(1);
  }

  @Test
  void unreadableInputsAreToolNotificationsAndTheRunIsMarkedUnsuccessful() throws IOException {
    List<Finding> findings = ReportFixtures.findings();
    Summary summary = ReportFixtures.summary(findings);
    summary.countUnreadableInput();
    String out = ReportFixtures.render("sarif", ReportFixtures.context(), findings, summary,
        r -> problem(r, "broken.har", "not a HAR file: expected an object at line 1"));
    JsonNode sarif = JSON.readTree(out);
    assertThat(validate(sarif)).isEmpty();
    JsonNode invocation = sarif.at("/runs/0/invocations/0");
    assertThat(invocation.path("executionSuccessful").asBoolean()).isFalse();
    assertThat(invocation.at("/toolExecutionNotifications/0/message/text").asText())
        .isEqualTo("broken.har: not a HAR file: expected an object at line 1");
    assertThat(sarif.at("/runs/0/properties/unreadableInputs").asInt()).isEqualTo(1);
  }

  @Test
  void hostileRecordedContentStaysValidJsonAndValidSarif() throws IOException {
    List<Finding> findings = ReportFixtures.hostileFindings();
    String out = ReportFixtures.render("sarif", ReportFixtures.hostileContext(), findings,
        ReportFixtures.summary(findings), r -> {});
    JsonNode sarif = JSON.readTree(out);
    assertThat(validate(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/results")).hasSize(findings.size());
    assertThat(sarif.at("/runs/0/results/0/properties/evidence").asText()).isEqualTo(findings.get(0).evidence());
  }

  @Test
  void fileNamesBecomeUriReferences() {
    assertThat(SarifReporter.artifactUri("./recordings/a b.har")).isEqualTo("recordings/a%20b.har");
    assertThat(SarifReporter.artifactUri("recordings\\win.har")).isEqualTo("recordings/win.har");
    assertThat(SarifReporter.artifactUri("/home/ci/work/api.yaml")).isEqualTo("file:///home/ci/work/api.yaml");
    assertThat(SarifReporter.artifactUri("C:\\work\\api.yaml")).isEqualTo("file:///C:/work/api.yaml");
    assertThat(SarifReporter.artifactUri("https://api.example.com/openapi.json"))
        .isEqualTo("https://api.example.com/openapi.json");
    assertThat(SarifReporter.artifactUri("naïve:<x>.har")).isEqualTo("na%C3%AFve%3A%3Cx%3E.har");
  }

  @Test
  void writesTheRulesBeforeAnyFindingArrives() throws IOException {
    java.io.StringWriter out = new java.io.StringWriter();
    SarifReporter reporter = new SarifReporter(out);
    reporter.start(ReportFixtures.context());
    reporter.finding(ReportFixtures.finding(ReportFixtures.byId("created-location"), "m", Suggestion.text("s"),
        Location.NOWHERE, null));
    // Nothing but the rules and results so far is needed: the generator streams, the reporter keeps no findings.
    reporter.finish(new Summary());
    JsonNode sarif = JSON.readTree(out.toString());
    assertThat(validate(sarif)).isEmpty();
    assertThat(sarif.at("/runs/0/results/0/locations/0").size()).isZero();
  }

  private static void problem(Reporter r, String input, String message) {
    try {
      r.inputProblem(input, message);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }
}
