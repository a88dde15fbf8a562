package io.statuslint.report;

import io.statuslint.engine.ActiveRule;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.finding.Reference;
import io.statuslint.rule.RuleMetadata;
import io.statuslint.rule.Severity;
import io.statuslint.rule.Suggestion;
import io.statuslint.rule.Surface;
import io.statuslint.rules.headers.CreatedNeedsLocation;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.function.Consumer;

/**
 * A fixed run shared by the reporter tests and golden files: traffic findings from a HAR, spec
 * findings from an OpenAPI document, a live finding without a file, and the totals of the run.
 */
final class ReportFixtures {

  static final String HAR = "recordings/traffic.har";
  static final String SPEC = "api.yaml";

  private ReportFixtures() {}

  static ActiveRule rule(String id, Severity severity, String summary, String guide, String rfc, Surface... on) {
    RuleMetadata meta = new RuleMetadata(id, severity, EnumSet.of(on[0], on), summary, guide, rfc, new int[0], List.of());
    return new ActiveRule((view, sink) -> {}, meta, severity, Reference.of(guide, rfc, "https://statuslint.io/rules/" + id));
  }

  static List<ActiveRule> rules() {
    RuleMetadata created = RuleMetadata.fromAnnotation(CreatedNeedsLocation.class);
    return List.of(
        new ActiveRule(new CreatedNeedsLocation(), created, created.severity(),
            Reference.of(created.guide(), created.rfc(), "https://statuslint.io/rules/created-location")),
        rule("rate-limit-retry-after", Severity.ERROR, "429 Too Many Requests without Retry-After.",
            "4xx — Client errors: 429", "RFC 6585 §4", Surface.TRAFFIC, Surface.SPEC),
        rule("redirect-method-ambiguous", Severity.WARNING, "301 or 302 answers a POST.",
            "3xx — Redirection", "RFC 9110 §15.4.2", Surface.TRAFFIC, Surface.SPEC),
        rule("status-unregistered", Severity.WARNING, "A status code the IANA registry does not list.",
            "Choosing a code", "RFC 9110 §15", Surface.TRAFFIC, Surface.SPEC),
        rule("status-payment-required", Severity.INFO, "402 is used.", "4xx — Client errors: 402",
            "RFC 9110 §15.5.3", Surface.TRAFFIC, Surface.SPEC),
        rule("informational-by-hand", Severity.WARNING, "100 or 102 declared by hand.", "1xx — Informational",
            "RFC 9110 §15.2", Surface.SPEC));
  }

  static ReportContext context() {
    return new ReportContext("0.1.0-test", "demo", List.of(HAR, SPEC), rules(), false);
  }

  static Finding finding(ActiveRule rule, String message, Suggestion suggestion, Location location, String evidence) {
    return new Finding(rule.id(), rule.severity(), message, suggestion, rule.reference(), location, evidence);
  }

  static ActiveRule byId(String id) {
    return rules().stream().filter(r -> r.id().equals(id)).findFirst().orElseThrow();
  }

  static List<Finding> findings() {
    List<Finding> f = new ArrayList<>();
    f.add(finding(byId("created-location"),
        "201 Created without a Location header: the client cannot tell where the new resource is",
        Suggestion.text("add Location with the URI of the created resource"),
        Location.ofExchange(HAR, 3, 120, "entry-3", "POST", "https://api.example.com/orders", 201), null));
    f.add(finding(byId("rate-limit-retry-after"),
        "429 Too Many Requests without Retry-After: clients cannot tell when to try again",
        Suggestion.text("add Retry-After with the seconds to wait"),
        Location.ofExchange(HAR, 7, 310, "entry-7", "GET", "https://api.example.com/orders/42?page=2", 429),
        "HTTP/1.1 429 Too Many Requests; Authorization: Bearer [redacted]"));
    f.add(finding(byId("rate-limit-retry-after"),
        "429 Too Many Requests without Retry-After: clients cannot tell when to try again",
        Suggestion.text("add Retry-After with the seconds to wait"),
        Location.ofExchange(HAR, 9, 377, "entry-9", "GET", "https://api.example.com/orders/43", 429), null));
    f.add(finding(byId("created-location"),
        "201 Created declares no Location header",
        Suggestion.text("declare a Location header on the 201 response"),
        Location.ofSpec(SPEC, 40, 9, "/paths/~1orders/post/responses/201", null, "POST", "/orders", 201), null));
    f.add(finding(byId("redirect-method-ambiguous"),
        "302 answers a POST: user agents may repeat the request as a GET",
        Suggestion.code(308, "keep the method and body on the redirected request"),
        Location.ofSpec(SPEC, 88, 11, "/paths/~1orders~1{id}~1archive/post/responses/302",
            "#/components/responses/Moved", "POST", "/orders/{id}/archive", 302), null));
    f.add(finding(byId("status-unregistered"),
        "299 is not in the IANA HTTP Status Code Registry: clients treat it as 200",
        Suggestion.code(200, "use a registered 2xx code"),
        new Location(null, -1, -1, null, null, -1, "ex-17", "GET", "http://localhost:8080/legacy/ping", 299), null));
    f.add(finding(byId("status-payment-required"),
        "402 Payment Required is used: check it is a real payment flow",
        null,
        Location.ofExchange(HAR, 12, 512, "entry-12", "POST", "https://api.example.com/billing/charge", 402),
        "{\"amount\": 5 | \"currency\": \"<EUR>\" & \"tax\": 0.2 *net* _x_}"));
    return f;
  }

  /** The totals of the fixed run, as the CLI would count them. */
  static Summary summary(List<Finding> findings) {
    Summary s = new Summary();
    s.countInput();
    s.countInput();
    s.countSkippedEntry();
    count(s, 40, "GET", "https://api.example.com/orders/%d", 200);
    count(s, 5, "POST", "https://api.example.com/orders", 201);
    count(s, 3, "DELETE", "https://api.example.com/orders/%d", 204);
    count(s, 2, "GET", "https://api.example.com/old/%d", 301);
    count(s, 6, "GET", "https://api.example.com/missing/%d", 404);
    count(s, 2, "GET", "https://api.example.com/orders/%d", 429);
    count(s, 1, "POST", "https://api.example.com/billing/charge", 402);
    count(s, 1, "GET", "https://api.example.com/reports/%d", 500);
    count(s, 1, "GET", "https://api.example.com/poll", 0);
    findings.forEach(s::countFinding);
    return s;
  }

  private static void count(Summary s, int n, String method, String url, int status) {
    for (int i = 0; i < n; i++) {
      s.countExchange(method, String.format(url, 100 + i), status);
    }
  }

  /** Runs a reporter the way the CLI does: start, every finding, the input problems, finish. */
  static String render(String format, ReportContext context, List<Finding> findings, Summary summary,
      Consumer<Reporter> problems) {
    StringWriter out = new StringWriter();
    Reporter reporter = ReportFormats.create(format, out);
    try {
      reporter.start(context);
      for (Finding f : findings) {
        reporter.finding(f);
      }
      problems.accept(reporter);
      reporter.finish(summary);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toString();
  }

  static String render(String format) {
    List<Finding> f = findings();
    return render(format, context(), f, summary(f), r -> {});
  }

  /** Findings whose recorded parts try every trick against the HTML, Markdown and workflow-command reports. */
  static List<Finding> hostileFindings() {
    String[] payloads = {
        "<script>window.__pwned='script';document.title='pwned'</script>",
        "\"><img src=x onerror=\"window.__pwned='img';document.title='pwned'\">",
        "javascript:window.__pwned='link';document.title='pwned'",
        "</script><script>window.__pwned='json';document.title='pwned'</script>",
        "line\u2028separator\u2029paragraph ${window.__pwned='template'} {{constructor.constructor('window.__pwned=1')()}}",
        "'><svg/onload=window.__pwned='svg'>",
        "| col | [click](javascript:alert(1)) ![x](https://evil.example/x.png) <b>bold</b> `code` ]]> %0A \r\n::add-mask::x",
    };
    List<Finding> out = new ArrayList<>();
    ActiveRule rule = byId("rate-limit-retry-after");
    for (int i = 0; i < payloads.length; i++) {
      String p = payloads[i];
      out.add(finding(rule, "429 without Retry-After " + p, Suggestion.text("fix " + p),
          Location.ofExchange("evil/" + p + ".har", i, i + 1, "id-" + p, "GET", "https://api.example.com/" + p, 429), p));
    }
    out.add(finding(byId("status-unregistered"), p0(payloads), null,
        new Location(null, -1, -1, payloads[1], payloads[5], -1, payloads[3], payloads[0], payloads[2], 299), payloads[4]));
    return out;
  }

  private static String p0(String[] payloads) {
    return String.join(" ", payloads);
  }

  static ReportContext hostileContext() {
    return new ReportContext("0.1.0-test", "check",
        List.of("evil/<img src=x onerror=\"window.__pwned='input'\">.har"), rules(), false);
  }
}
