package io.statuslint.report;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import io.statuslint.engine.ActiveRule;
import io.statuslint.engine.RuleDocs;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.model.EndpointTemplates;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Surface;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code --format sarif}: SARIF 2.1.0 as GitHub code scanning reads it. Every enabled rule is listed
 * under {@code tool.driver.rules} first (from the context), then results stream as they come, so
 * nothing but a bounded list of input problems is held until the end.
 *
 * <p>Code scanning shows only results with a repository file and {@code region.startLine}, so a
 * finding with a file always gets a start line: the entry's line for traffic (where the HAR entry or
 * NDJSON line starts), the node's line for a spec, line 1 when the line is unknown. The request
 * ({@code GET /orders/{id}}) is the logical location; {@code partialFingerprints} are built from
 * the rule, file and endpoint (not the line), so re-recording a HAR does not reopen every alert.
 */
public final class SarifReporter implements Reporter {

  static final String SCHEMA =
      "https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json";
  static final String FINGERPRINT_KEY = "statuslint/v1";
  private static final String INFORMATION_URI = "https://statuslint.io";
  private static final int MAX_NOTIFICATIONS = 100;

  private final Writer out;
  private final EndpointTemplates templates = EndpointTemplates.heuristic();
  private final Map<String, Integer> ruleIndex = new HashMap<>();
  private final List<String[]> problems = new ArrayList<>();
  private long droppedProblems;
  private JsonGenerator g;

  public SarifReporter(Writer out) {
    this.out = out;
  }

  @Override
  public void start(ReportContext context) throws IOException {
    g = new JsonFactory().createGenerator(out);
    g.useDefaultPrettyPrinter();
    g.writeStartObject();
    g.writeStringField("$schema", SCHEMA);
    g.writeStringField("version", "2.1.0");
    g.writeArrayFieldStart("runs");
    g.writeStartObject();
    g.writeObjectFieldStart("tool");
    g.writeObjectFieldStart("driver");
    g.writeStringField("name", "statuslint");
    g.writeStringField("version", context.toolVersion());
    if (context.toolVersion().matches("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]*)?")) {
      g.writeStringField("semanticVersion", context.toolVersion());
    }
    g.writeStringField("informationUri", INFORMATION_URI);
    g.writeArrayFieldStart("rules");
    for (ActiveRule rule : context.rules()) {
      ruleIndex.put(rule.id(), ruleIndex.size());
      writeRule(rule);
    }
    g.writeEndArray();
    g.writeEndObject();
    g.writeEndObject();
    g.writeStringField("columnKind", "utf16CodeUnits");
    g.writeArrayFieldStart("results");
  }

  private void writeRule(ActiveRule rule) throws IOException {
    String summary = rule.metadata().summary().isBlank() ? rule.id() : rule.metadata().summary();
    String refs = ReportText.reference(rule.reference());
    g.writeStartObject();
    g.writeStringField("id", rule.id());
    g.writeStringField("name", pascalCase(rule.id()));
    g.writeObjectFieldStart("shortDescription");
    g.writeStringField("text", summary);
    g.writeEndObject();
    g.writeObjectFieldStart("fullDescription");
    g.writeStringField("text", refs.isEmpty() ? summary : summary + " (" + refs + ")");
    g.writeEndObject();
    if (ReportText.isWebLink(rule.reference().url())) {
      g.writeStringField("helpUri", rule.reference().url());
    }
    String doc = RuleDocs.forRule(rule.id()).orElse(null);
    g.writeObjectFieldStart("help");
    g.writeStringField("text", doc != null ? doc : summary + (refs.isEmpty() ? "" : "\n\nSee: " + refs));
    g.writeStringField("markdown", doc != null ? doc : escapeMarkdown(summary) + (refs.isEmpty() ? "" : "\n\nSee: " + escapeMarkdown(refs)));
    g.writeEndObject();
    g.writeObjectFieldStart("defaultConfiguration");
    g.writeStringField("level", level(rule.severity()));
    g.writeEndObject();
    g.writeObjectFieldStart("properties");
    g.writeArrayFieldStart("tags");
    g.writeString("http");
    g.writeString("status-codes");
    for (Surface s : rule.metadata().surfaces()) {
      g.writeString(s.name().toLowerCase(Locale.ROOT));
    }
    g.writeEndArray();
    g.writeStringField("precision", "high");
    g.writeStringField("problem.severity", problemSeverity(rule.severity()));
    optional("guide", rule.reference().guide());
    optional("rfc", rule.reference().rfc());
    g.writeEndObject();
    g.writeEndObject();
  }

  @Override
  public void finding(Finding f) throws IOException {
    Location l = f.location();
    g.writeStartObject();
    g.writeStringField("ruleId", f.rule());
    Integer index = ruleIndex.get(f.rule());
    if (index != null) {
      g.writeNumberField("ruleIndex", index);
    }
    g.writeStringField("level", level(f.severity()));
    g.writeObjectFieldStart("message");
    g.writeStringField("text", messageText(f));
    g.writeEndObject();
    g.writeArrayFieldStart("locations");
    g.writeStartObject();
    if (l.hasFile()) {
      g.writeObjectFieldStart("physicalLocation");
      g.writeObjectFieldStart("artifactLocation");
      g.writeStringField("uri", artifactUri(l.file()));
      g.writeEndObject();
      g.writeObjectFieldStart("region");
      g.writeNumberField("startLine", l.line() > 0 ? l.line() : 1);
      if (l.line() > 0 && l.column() > 0) {
        g.writeNumberField("startColumn", l.column());
      }
      g.writeEndObject();
      g.writeEndObject();
    }
    String endpoint = endpoint(l);
    if (endpoint != null) {
      g.writeArrayFieldStart("logicalLocations");
      g.writeStartObject();
      g.writeStringField("name", endpoint);
      g.writeStringField("fullyQualifiedName", ReportText.request(l));
      g.writeStringField("kind", "resource");
      g.writeEndObject();
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("partialFingerprints");
    g.writeStringField(FINGERPRINT_KEY, fingerprint(f, endpoint));
    g.writeEndObject();
    writeResultProperties(f);
    g.writeEndObject();
  }

  private void writeResultProperties(Finding f) throws IOException {
    Location l = f.location();
    g.writeObjectFieldStart("properties");
    g.writeStringField("severity", f.severity().id());
    if (f.suggestion() != null) {
      g.writeObjectFieldStart("suggestion");
      if (f.suggestion().code() != null) {
        g.writeNumberField("code", f.suggestion().code());
      }
      g.writeStringField("text", f.suggestion().text());
      g.writeEndObject();
    }
    optional("evidence", f.evidence());
    optional("pointer", l.pointer());
    optional("component", l.component());
    if (l.entry() >= 0) {
      g.writeNumberField("entry", l.entry());
    }
    optional("exchangeId", l.exchangeId());
    optional("method", l.method());
    optional("url", l.url());
    if (l.status() >= 0) {
      g.writeNumberField("status", l.status());
    }
    g.writeEndObject();
  }

  @Override
  public void inputProblem(String input, String message) {
    if (problems.size() < MAX_NOTIFICATIONS) {
      problems.add(new String[] {input, message});
    } else {
      droppedProblems++;
    }
  }

  @Override
  public void finish(Summary summary) throws IOException {
    g.writeEndArray();
    g.writeArrayFieldStart("invocations");
    g.writeStartObject();
    g.writeBooleanField("executionSuccessful", summary.unreadableInputs() == 0 && problems.isEmpty());
    if (!problems.isEmpty()) {
      g.writeArrayFieldStart("toolExecutionNotifications");
      for (String[] p : problems) {
        g.writeStartObject();
        g.writeStringField("level", "error");
        g.writeObjectFieldStart("message");
        g.writeStringField("text", (p[0] == null ? "" : p[0] + ": ") + p[1]);
        g.writeEndObject();
        if (p[0] != null) {
          g.writeArrayFieldStart("locations");
          g.writeStartObject();
          g.writeObjectFieldStart("physicalLocation");
          g.writeObjectFieldStart("artifactLocation");
          g.writeStringField("uri", artifactUri(p[0]));
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndObject();
          g.writeEndArray();
        }
        g.writeEndObject();
      }
      g.writeEndArray();
    }
    g.writeEndObject();
    g.writeEndArray();
    g.writeObjectFieldStart("properties");
    g.writeNumberField("findings", summary.findings());
    for (Severity s : Severity.values()) {
      g.writeNumberField(s.id(), summary.count(s));
    }
    g.writeNumberField("inputs", summary.inputs());
    g.writeNumberField("unreadableInputs", summary.unreadableInputs());
    g.writeNumberField("exchanges", summary.exchanges());
    g.writeNumberField("skippedEntries", summary.skippedEntries());
    if (droppedProblems > 0) {
      g.writeNumberField("inputProblemsNotListed", droppedProblems);
    }
    g.writeEndObject();
    g.writeEndObject();
    g.writeEndArray();
    g.writeEndObject();
    g.flush();
    out.write(System.lineSeparator());
    out.flush();
  }

  private String messageText(Finding f) {
    StringBuilder sb = new StringBuilder(f.message());
    String request = ReportText.request(f.location());
    if (!request.isEmpty()) {
      sb.append(" [").append(request).append(']');
    }
    String fix = ReportText.suggestion(f.suggestion());
    if (!fix.isEmpty()) {
      sb.append(sb.charAt(sb.length() - 1) == '.' ? " " : ". ").append("Fix: ").append(fix);
    }
    return sb.toString();
  }

  private String endpoint(Location l) {
    return l.url() == null ? null : templates.template(l.method(), l.url());
  }

  /** Stable across re-recordings: no line numbers, no concrete ids in the URL. */
  private static String fingerprint(Finding f, String endpoint) {
    Location l = f.location();
    String key = String.join("\u0000", f.rule(), String.valueOf(l.file()),
        l.pointer() != null ? l.pointer() : String.valueOf(endpoint),
        String.valueOf(l.status()), String.valueOf(l.component()));
    try {
      byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(hash, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is required of every JVM", e);
    }
  }

  /**
   * A URI reference for a file as the user named it: relative paths stay relative (code scanning
   * resolves them against the repository root), absolute paths become {@code file://} URIs, and
   * every character outside the URI grammar is percent-encoded.
   */
  static String artifactUri(String file) {
    String f = file.replace('\\', '/');
    if (f.matches("(?i)https?://[^\\s]*") || f.matches("(?i)file:/[^\\s]*")) {
      return encode(f, true);
    }
    if (f.matches("[A-Za-z]:/.*")) {
      return "file:///" + encode(f, true);
    }
    if (f.startsWith("/")) {
      return "file://" + encode(f, false);
    }
    while (f.startsWith("./")) {
      f = f.substring(2);
    }
    return encode(f, false);
  }

  private static String encode(String s, boolean keepColons) {
    StringBuilder sb = new StringBuilder(s.length());
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      int c = b & 0xff;
      boolean plain = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
          || "-._~/!$&'()*+,;=@".indexOf(c) >= 0 || (keepColons && (c == ':' || c == '?' || c == '#' || c == '%'));
      if (plain) {
        sb.append((char) c);
      } else {
        sb.append('%').append(String.format("%02X", c));
      }
    }
    return sb.toString();
  }

  private void optional(String name, String value) throws IOException {
    if (value != null) {
      g.writeStringField(name, value);
    }
  }

  static String level(Severity s) {
    return switch (s) {
      case ERROR -> "error";
      case WARNING -> "warning";
      case INFO -> "note";
    };
  }

  /** GitHub's {@code problem.severity}: error, warning or recommendation. */
  private static String problemSeverity(Severity s) {
    return s == Severity.INFO ? "recommendation" : s.id();
  }

  /** {@code rate-limit-retry-after} → {@code RateLimitRetryAfter}: SARIF's readable rule name. */
  static String pascalCase(String id) {
    StringBuilder sb = new StringBuilder();
    for (String part : id.split("-")) {
      if (!part.isEmpty()) {
        sb.append(Character.toUpperCase(part.charAt(0))).append(part.substring(1));
      }
    }
    return sb.toString();
  }

  private static String escapeMarkdown(String s) {
    return s.replaceAll("([\\\\`*_\\[\\]<>#|])", "\\\\$1");
  }
}
