package io.statuslint.cli;

import io.statuslint.engine.ActiveRule;
import io.statuslint.engine.Config;
import io.statuslint.engine.RuleEngine;
import io.statuslint.model.Headers;
import io.statuslint.openapi.SpecLinter;
import io.statuslint.openapi.SpecProblem;
import io.statuslint.openapi.SpecSource;
import io.statuslint.probe.ExchangeRecorder;
import io.statuslint.probe.Probe;
import io.statuslint.probe.ProbeOptions;
import io.statuslint.probe.ProbeOutcome;
import io.statuslint.probe.ProbeRules;
import io.statuslint.probe.endpoints.SpecEndpoints;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code statuslint probe BASE_URL}: asks a running API the questions of the guide (the probe
 * experiments of RULES.md) and checks every answer with the traffic rules.
 */
@Command(name = "probe", mixinStandardHelpOptions = true,
    description = {"Probe a running API: unknown paths and methods, HEAD, conditional and range requests, "
        + "unsatisfiable Accept, over-long URIs and headers, missing credentials; with --unsafe also broken "
        + "JSON, wrong media types, oversized bodies and DELETE on read-only paths. Every answer is also "
        + "checked by the traffic rules.",
        "Per endpoint at most 8 requests (13 with --unsafe), each repeated at most once after a 429/503 whose "
        + "Retry-After is within --max-wait; 3 more once per target."})
final class ProbeCommand implements Callable<Integer> {

  private static final Pattern DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m)?");
  private static final Pattern SIZE = Pattern.compile("(\\d+)\\s*(b|k|kb|kib|m|mb|mib)?");

  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "BASE_URL", description = "The API's base URL, e.g. https://staging.example.com/api.")
  String baseUrl;

  @Option(names = "--spec", paramLabel = "SPEC",
      description = "OpenAPI 3.0/3.1 or Swagger 2.0 document (file, URL or '-') to take the operations from: "
          + "path parameters are filled from examples, defaults, enums or types; the declared methods, security "
          + "and request media types choose the experiments. BASE_URL names the host; the spec's first server "
          + "path is put in front only when BASE_URL has no path.")
  String specFile;

  @Option(names = "--max-endpoints", paramLabel = "N", defaultValue = "" + SpecEndpoints.DEFAULT_MAX_ENDPOINTS,
      description = "With --spec: most path templates probed, in document order (default: ${DEFAULT-VALUE}).")
  int maxEndpoints;

  @Option(names = "--path", paramLabel = "PATH",
      description = "A path to probe, under the base URL (repeatable). Default: the base URL itself. "
          + "Paths that answers reveal (Link, Location) are probed too.")
  List<String> paths = new ArrayList<>();

  @Option(names = "--unsafe", description = "Also send requests that may change state: bodies (broken JSON, a wrong "
      + "media type, an oversized body) and DELETE on paths whose Allow says they are read-only.")
  boolean unsafe;

  @Option(names = {"-H", "--header"}, paramLabel = "'NAME: VALUE'",
      description = "A header sent with every request (repeatable), e.g. credentials: 'Authorization: Bearer …'. "
          + "Credentials are left out to test probe-unauthenticated, and never printed or recorded.")
  List<String> headers = new ArrayList<>();

  @Option(names = "--max-requests", paramLabel = "N", defaultValue = "" + ProbeOptions.DEFAULT_MAX_REQUESTS,
      description = "Request budget; the probe stops when it is spent (default: ${DEFAULT-VALUE}).")
  int maxRequests;

  @Option(names = "--concurrency", paramLabel = "N", defaultValue = "" + ProbeOptions.DEFAULT_CONCURRENCY,
      description = "Endpoints probed at once, one request each (default: ${DEFAULT-VALUE}).")
  int concurrency;

  @Option(names = "--timeout", paramLabel = "DURATION", defaultValue = "10s",
      description = "Deadline of each request, e.g. 10s or 500ms (default: ${DEFAULT-VALUE}).")
  String timeout;

  @Option(names = "--max-wait", paramLabel = "DURATION", defaultValue = "60s",
      description = "Longest Retry-After honoured after a 429/503; longer ones skip the endpoint (default: ${DEFAULT-VALUE}).")
  String maxWait;

  @Option(names = "--oversized-body", paramLabel = "SIZE", defaultValue = "10MiB",
      description = "Size of the oversized body (--unsafe), e.g. 10MiB (default: ${DEFAULT-VALUE}).")
  String oversizedBody;

  @Option(names = "--max-discovered", paramLabel = "N", defaultValue = "50",
      description = "Most paths probed beyond the given ones, as answers reveal them (default: ${DEFAULT-VALUE}).")
  int maxDiscovered;

  @Option(names = "--record", paramLabel = "FILE",
      description = "Keep every exchange in FILE: HAR 1.2 for .har, NDJSON otherwise; `statuslint check FILE` "
          + "reproduces the traffic-rule findings. Credentials are redacted.")
  Path record;

  @Option(names = "--insecure", description = "Accept any TLS certificate (a staging server's self-signed one).")
  boolean insecure;

  @Mixin OutputOptions output;
  @Mixin RuleOptions rules;

  @Override
  public Integer call() throws Exception {
    ProbeOptions options = options();
    SpecEndpoints fromSpec = null;
    if (specFile != null) {
      if (!paths.isEmpty()) {
        throw new ParameterException(spec.commandLine(), "--path and --spec do not go together: the spec names the paths");
      }
      if (maxEndpoints < 1) {
        throw new ParameterException(spec.commandLine(), "--max-endpoints must be more than zero");
      }
      try {
        fromSpec = SpecEndpoints.read(SpecLinter.create(), SpecSource.of(specFile), options.base(), maxEndpoints);
      } catch (IllegalArgumentException e) {
        System.err.println("statuslint: " + Errors.oneLine(e));
        return ExitCodes.BAD_INPUT;
      } catch (SpecEndpoints.UnreadableSpecException e) {
        System.err.println("statuslint: " + e.problem().oneLine());
        return ExitCodes.BAD_INPUT;
      }
      for (SpecProblem p : fromSpec.problems()) {
        System.err.println("statuslint: warning: " + p.oneLine());
      }
      if (fromSpec.endpoints().isEmpty()) {
        System.err.println("statuslint: " + specFile + ": the spec declares no operations under paths to probe");
        return ExitCodes.BAD_INPUT;
      }
      options = options.withEndpoints(fromSpec);
    }
    Config config = rules.config(List.of());
    RuleEngine engine = RuleEngine.create(ProbeRules.engineConfig(config));
    ProbeRules probeRules = ProbeRules.from(config);
    List<ActiveRule> reported = new ArrayList<>(engine.activeRules());
    reported.addAll(probeRules.activeRules());
    String target = options.base().toString();
    try (ReportSession session = new ReportSession(output, "probe", List.of(target), engine, reported,
        System.out, System.err);
        ExchangeRecorder recorder = record == null ? null : ExchangeRecorder.open(record, Version.get())) {
      session.summary().countInput();
      System.err.println("statuslint probe: " + target + " — " + (unsafe ? "all experiments (--unsafe)"
          : "safe methods only") + specLine(fromSpec) + ", " + probeRules.active().size() + " experiments, "
          + engine.activeRules().size() + " traffic rules, at most " + maxRequests + " requests");
      long started = System.nanoTime();
      ProbeReport report = new ProbeReport(session, recorder, System.err);
      ProbeOutcome outcome = new Probe(options, engine, probeRules).run(report);
      long millis = (System.nanoTime() - started) / 1_000_000;
      if (!outcome.reached()) {
        String why = outcome.unreachable() != null ? outcome.unreachable() : "no answer";
        session.unreadable(target, target + ": " + why, rules.lenient);
      } else {
        System.err.println("statuslint probe: " + outcome.requests() + " requests to " + outcome.endpoints()
            + " endpoint(s) in " + String.format(Locale.ROOT, "%.1f", millis / 1000.0) + " s"
            + (record != null ? "; recorded in " + record : ""));
      }
      return session.finish();
    }
  }

  private String specLine(SpecEndpoints s) {
    if (s == null) {
      return "";
    }
    return ", " + s.operations() + " operations on " + s.endpoints().size() + " paths from " + specFile
        + (s.prefix().isEmpty() ? "" : " under " + s.prefix())
        + (s.leftOut() > 0 ? " (" + s.leftOut() + " more paths left out by --max-endpoints)" : "");
  }

  private ProbeOptions options() {
    for (String p : paths) {
      if (p.contains("://")) {
        throw new ParameterException(spec.commandLine(), "--path takes a path under the base URL (like /orders), not a URL: " + p);
      }
    }
    URI base;
    try {
      base = new URI(baseUrl.trim());
    } catch (java.net.URISyntaxException e) {
      throw new ParameterException(spec.commandLine(), "not a URL: " + baseUrl);
    }
    try {
      return ProbeOptions.builder(base)
          .paths(paths)
          .unsafe(unsafe)
          .headers(parseHeaders())
          .maxRequests(maxRequests)
          .concurrency(concurrency)
          .requestTimeout(duration("--timeout", timeout))
          .connectTimeout(min(duration("--timeout", timeout), Duration.ofSeconds(5)))
          .maxWait(duration("--max-wait", maxWait))
          .oversizedBodyBytes(size(oversizedBody))
          .maxDiscovered(maxDiscovered)
          .trustAllTls(insecure)
          .userAgent("statuslint-probe/" + Version.get())
          .build();
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
  }

  private Headers parseHeaders() {
    Headers.Builder b = Headers.builder();
    for (String h : headers) {
      int colon = h.indexOf(':');
      if (colon <= 0 || !h.substring(0, colon).trim().matches("[!#$%&'*+.^_`|~0-9A-Za-z-]+")) {
        // The value may be a secret: name the option, never echo it.
        throw new ParameterException(spec.commandLine(), "--header takes 'Name: value' (a field name, a colon, a value)");
      }
      b.add(h.substring(0, colon).trim(), h.substring(colon + 1).trim());
    }
    return b.build();
  }

  private Duration duration(String option, String text) {
    Matcher m = DURATION.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), option + " takes a duration like 10s, 500ms or 2m, not '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "s" : m.group(2);
    Duration d = switch (unit) {
      case "ms" -> Duration.ofMillis(n);
      case "m" -> Duration.ofMinutes(n);
      default -> Duration.ofSeconds(n);
    };
    if (d.isZero()) {
      throw new ParameterException(spec.commandLine(), option + " must be more than zero");
    }
    return d;
  }

  private long size(String text) {
    Matcher m = SIZE.matcher(text.trim().toLowerCase(Locale.ROOT));
    if (!m.matches()) {
      throw new ParameterException(spec.commandLine(), "--oversized-body takes a size like 10MiB or 512KiB, not '" + text + "'");
    }
    long n = Long.parseLong(m.group(1));
    String unit = m.group(2) == null ? "b" : m.group(2);
    return switch (unit) {
      case "k", "kb", "kib" -> n * 1024;
      case "m", "mb", "mib" -> n * 1024 * 1024;
      default -> n;
    };
  }

  private static Duration min(Duration a, Duration b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
