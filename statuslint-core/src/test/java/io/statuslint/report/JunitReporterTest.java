package io.statuslint.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.rule.Suggestion;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;

/**
 * The JUnit report against the JUnit XSD that Jenkins' xUnit plugin validates reports with (see
 * schemas/SOURCES.md), then read back with the JDK's DOM parser the way CI servers read it: suites,
 * cases, failures and their counts.
 */
class JunitReporterTest {

  private static Schema schema;

  @BeforeAll
  static void loadSchema() throws SAXException {
    URL xsd = JunitReporterTest.class.getResource("schemas/junit-10.xsd");
    SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
    factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "file");
    schema = factory.newSchema(xsd);
  }

  private static Document validateAndParse(String xml) throws Exception {
    schema.newValidator().validate(new StreamSource(new StringReader(xml)));
    DocumentBuilderFactory dbf = DocumentBuilderFactory.newInstance();
    dbf.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
    return dbf.newDocumentBuilder().parse(new ByteArrayInputStream(xml.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void aSuitePerInputACasePerRuleAndFailuresWithMessageAndEvidence() throws Exception {
    Document doc = validateAndParse(ReportFixtures.render("junit"));
    Element root = doc.getDocumentElement();
    assertThat(root.getTagName()).isEqualTo("testsuites");
    NodeList suites = root.getElementsByTagName("testsuite");
    List<String> names = new ArrayList<>();
    for (int i = 0; i < suites.getLength(); i++) {
      names.add(((Element) suites.item(i)).getAttribute("name"));
    }
    assertThat(names).containsExactly(ReportFixtures.HAR, ReportFixtures.SPEC, "live exchanges");
    long totalTests = 0;
    long totalFailures = 0;
    for (int i = 0; i < suites.getLength(); i++) {
      Element suite = (Element) suites.item(i);
      NodeList cases = suite.getElementsByTagName("testcase");
      NodeList failures = suite.getElementsByTagName("failure");
      assertThat(Integer.parseInt(suite.getAttribute("tests"))).isEqualTo(cases.getLength())
          .isEqualTo(ReportFixtures.rules().size());
      assertThat(Integer.parseInt(suite.getAttribute("failures"))).isEqualTo(failures.getLength());
      totalTests += cases.getLength();
      totalFailures += failures.getLength();
    }
    assertThat(Long.parseLong(root.getAttribute("tests"))).isEqualTo(totalTests);
    assertThat(Long.parseLong(root.getAttribute("failures"))).isEqualTo(totalFailures).isEqualTo(6);

    Element har = (Element) suites.item(0);
    Element retry = testcase(har, "rate-limit-retry-after");
    Element failure = (Element) retry.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("type")).isEqualTo("error");
    assertThat(failure.getAttribute("message"))
        .isEqualTo("2 findings: 429 Too Many Requests without Retry-After: clients cannot tell when to try again");
    assertThat(failure.getTextContent())
        .contains("recordings/traffic.har:310 #7  GET https://api.example.com/orders/42?page=2 → 429")
        .contains("evidence: HTTP/1.1 429 Too Many Requests; Authorization: Bearer [redacted]")
        .contains("fix: add Retry-After with the seconds to wait")
        .contains("see: RFC 6585 §4; guide: 4xx — Client errors: 429");
    assertThat(retry.getAttribute("file")).isEqualTo(ReportFixtures.HAR);
    assertThat(retry.getAttribute("line")).isEqualTo("310");
    assertThat(testcase(har, "redirect-method-ambiguous").getElementsByTagName("failure").getLength()).isZero();
    Element payment = (Element) testcase(har, "status-payment-required").getElementsByTagName("failure").item(0);
    assertThat(payment.getTextContent()).contains("\"currency\": \"<EUR>\" & \"tax\"");
  }

  @Test
  void keepsTheFirstFindingsOfACaseAndCountsTheRest() throws Exception {
    ActiveRule rule = ReportFixtures.byId("rate-limit-retry-after");
    List<Finding> many = new ArrayList<>();
    for (int i = 0; i < 120; i++) {
      many.add(ReportFixtures.finding(rule, "429 number " + i, Suggestion.text("add Retry-After"),
          Location.ofExchange(ReportFixtures.HAR, i, 10 + i, "e" + i, "GET", "https://api.example.com/x/" + i, 429), null));
    }
    Document doc = validateAndParse(ReportFixtures.render("junit", ReportFixtures.context(), many,
        ReportFixtures.summary(many), r -> {}));
    Element failure = (Element) doc.getElementsByTagName("failure").item(0);
    assertThat(failure.getAttribute("message")).startsWith("120 findings: 429 number 0");
    String text = failure.getTextContent();
    assertThat(text).contains("429 number 49").doesNotContain("429 number 50");
    assertThat(text).contains("… and 70 more (the first 50 are listed)");
    assertThat(doc.getElementsByTagName("failure").getLength()).isEqualTo(1);
  }

  @Test
  void unreadableInputIsAnErroredCase() throws Exception {
    Document doc = validateAndParse(ReportFixtures.render("junit", ReportFixtures.context(), List.of(),
        new Summary(), r -> {
          try {
            r.inputProblem(ReportFixtures.HAR, "not a HAR file: unexpected end of input at line 3");
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        }));
    Element suite = (Element) doc.getElementsByTagName("testsuite").item(0);
    assertThat(suite.getAttribute("errors")).isEqualTo("1");
    Element error = (Element) suite.getElementsByTagName("error").item(0);
    assertThat(error.getAttribute("message")).isEqualTo("not a HAR file: unexpected end of input at line 3");
    assertThat(doc.getDocumentElement().getAttribute("errors")).isEqualTo("1");
  }

  @Test
  void hostileRecordedContentKeepsTheXmlWellFormedAndValid() throws Exception {
    List<Finding> findings = new ArrayList<>(ReportFixtures.hostileFindings());
    findings.add(ReportFixtures.finding(ReportFixtures.byId("created-location"),
        "control \u0000\u0001\u001b[31m chars, lone \ud800 surrogate, ]]> and </failure></testcase><testcase name=\"x\">",
        null, Location.ofExchange(ReportFixtures.HAR, 1, 2, "x", "POST", "https://a/\"'<>&", 201), "\uFFFE\uFFFF"));
    String xml = ReportFixtures.render("junit", ReportFixtures.hostileContext(), findings,
        ReportFixtures.summary(findings), r -> {});
    Document doc = validateAndParse(xml);
    NodeList cases = doc.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      assertThat(((Element) cases.item(i)).getAttribute("name")).isNotEqualTo("x");
    }
    assertThat(xml).contains("]]&gt;").doesNotContain("\u0000");
  }

  @Test
  void theSchemaRejectsAReportWithoutTestCounts() {
    String bad = "<testsuites><testsuite name=\"x\"><testcase name=\"a\"/></testsuite></testsuites>";
    assertThatThrownBy(() -> validateAndParse(bad)).isInstanceOf(SAXException.class).hasMessageContaining("tests");
  }

  @Test
  void escapesAttributesAndText() {
    assertThat(JunitReporter.escape("a\"b<c>&d\ne", true)).isEqualTo("a&quot;b&lt;c&gt;&amp;d&#10;e");
    assertThat(JunitReporter.escape("x\u0007y\ud83d\ude00", false)).isEqualTo("x\uFFFDy\ud83d\ude00");
  }

  private static Element testcase(Element suite, String name) {
    NodeList cases = suite.getElementsByTagName("testcase");
    for (int i = 0; i < cases.getLength(); i++) {
      Element c = (Element) cases.item(i);
      if (c.getAttribute("name").equals(name)) {
        return c;
      }
    }
    throw new AssertionError("no test case " + name);
  }
}
