package io.statuslint.cli;

import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.model.Exchange;
import io.statuslint.proxy.LiveBoard;
import io.statuslint.proxy.LiveConsole;
import io.statuslint.proxy.ProxyListener;
import io.statuslint.proxy.ProxyOptions;
import io.statuslint.proxy.StatuslintProxy;
import io.statuslint.proxy.Upstream;
import io.statuslint.report.Summary;
import io.statuslint.traffic.SecretRedactor;
import java.io.PrintStream;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/**
 * {@code statuslint proxy --upstream URL}: a reverse proxy in front of a running API that passes every
 * exchange through untouched, checks it as it happens, shows findings live on the console and on a
 * dashboard, and on Ctrl-C (or after {@code --duration}) prints the summary, writes the reports asked
 * for and exits by the findings.
 */
@Command(name = "proxy", mixinStandardHelpOptions = true,
    description = "Put statuslint in front of a running API: traffic passes through untouched and every "
        + "exchange is checked live.")
final class ProxyCommand implements Callable<Integer> {

  @Spec CommandSpec spec;

  @Option(names = "--upstream", required = true, paramLabel = "URL",
      description = "The API to forward to, e.g. http://127.0.0.1:8080 (a base path is kept).")
  String upstream;

  @Option(names = "--listen", paramLabel = "HOST:PORT", defaultValue = "127.0.0.1:9090",
      description = "Where the proxy accepts requests (default ${DEFAULT-VALUE}). Anything but loopback is warned about.")
  String listen;

  @Option(names = "--dashboard", paramLabel = "HOST:PORT|off", defaultValue = "127.0.0.1:9091",
      description = "Where the live dashboard listens (default ${DEFAULT-VALUE}), or 'off'.")
  String dashboard;

  @Option(names = "--record", paramLabel = "FILE",
      description = "Record what passes to FILE: .har (HAR 1.2) or .ndjson (exchange log). Credentials are "
          + "redacted unless --keep-secrets.")
  Path record;

  @Option(names = "--keep-secrets",
      description = "Record and show Authorization, cookies, API keys and secret query parameters as they were.")
  boolean keepSecrets;

  @Option(names = "--duration", paramLabel = "TIME",
      description = "Stop by itself after TIME (e.g. 30s, 5m, 1h). Default: run until Ctrl-C.")
  String duration;

  @Option(names = "--capture-bytes", paramLabel = "N", defaultValue = "65536",
      description = "Bytes of each body kept for the rules and the recording (default ${DEFAULT-VALUE}); bodies "
          + "always pass through whole.")
  int captureBytes;

  @Option(names = "--upstream-timeout", paramLabel = "TIME", defaultValue = "30s",
      description = "How long the upstream may take to start answering before the proxy answers 504 "
          + "(default ${DEFAULT-VALUE}).")
  String upstreamTimeout;

  @Option(names = "--preserve-host",
      description = "Forward the client's Host header instead of the upstream's host and port.")
  boolean preserveHost;

  @Option(names = "--threads", paramLabel = "N", description = "Event-loop threads (default: one per core).")
  Integer threads;

  @Mixin OutputOptions output;
  @Mixin RuleOptions rules;

  @Override
  public Integer call() throws Exception {
    ProxyOptions options = options();
    Duration stopAfter = duration == null ? null : parseDuration("--duration", duration);
    RuleEngine engine = rules.engine(List.of());
    boolean reportsToStdout = !output.formats.isEmpty() && output.targets().stream().anyMatch(t -> t.file() == null);
    PrintStream console = reportsToStdout ? System.err : System.out;
    ReportSession session = output.formats.isEmpty() ? null
        : new ReportSession(output, "proxy", List.of(options.upstream().url()), engine, System.out, System.err);
    Summary summary = session == null ? new Summary() : session.summary();

    StatuslintProxy proxy;
    try {
      proxy = StatuslintProxy.start(options, engine, threads == null ? Runtime.getRuntime().availableProcessors()
          : Math.max(1, threads), Version.get());
    } catch (BindException e) {
      throw new ParameterException(spec.commandLine(), "cannot listen: " + e.getMessage()
          + " (pick free ports with --listen and --dashboard, or --dashboard off)");
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    summary.countInput();
    proxy.board().watch(new LiveConsole(console));
    proxy.addListener(new ProxyListener() {
      @Override
      public void exchange(Exchange e) {
        summary.countExchange(e.response() == null ? 0 : e.response().status());
      }

      @Override
      public void finding(Exchange e, Finding f) {
        if (session != null) {
          session.finding(keepSecrets ? f : withUrl(f, SecretRedactor.url(f.location().url())));
        } else {
          summary.countFinding(f);
        }
      }
    });
    banner(proxy, engine, System.err);

    long started = System.nanoTime();
    awaitStop(stopAfter);
    proxy.close();
    printSummary(proxy, summary, Duration.ofNanos(System.nanoTime() - started), console);
    if (session != null) {
      return session.finish();
    }
    return summary.hasAtLeast(output.failThreshold()) ? ExitCodes.FINDINGS : ExitCodes.CLEAN;
  }

  private ProxyOptions options() {
    Upstream up;
    try {
      up = Upstream.parse(upstream);
    } catch (IllegalArgumentException e) {
      throw new ParameterException(spec.commandLine(), e.getMessage());
    }
    if (captureBytes < 0) {
      throw new ParameterException(spec.commandLine(), "--capture-bytes must be 0 or more");
    }
    ProxyOptions.Builder b = ProxyOptions.builder(up)
        .listen(address("--listen", listen))
        .captureBytes(captureBytes)
        .responseTimeout(parseDuration("--upstream-timeout", upstreamTimeout))
        .preserveHost(preserveHost)
        .record(record, keepSecrets);
    if (!dashboard.equalsIgnoreCase("off")) {
      b.dashboard(address("--dashboard", dashboard));
    }
    ProxyOptions o = b.build();
    warnIfExposed("--listen", o.listen(), "the proxy forwards to " + up.url());
    if (o.dashboard() != null) {
      warnIfExposed("--dashboard", o.dashboard(), "the dashboard shows the traffic's findings");
    }
    return o;
  }

  private static void warnIfExposed(String option, InetSocketAddress a, String why) {
    if (!a.getAddress().isLoopbackAddress()) {
      System.err.println("statuslint: warning: " + option + " " + a.getAddress().getHostAddress()
          + " is reachable from other machines, and " + why + ": anyone who can reach it can use it");
    }
  }

  private InetSocketAddress address(String option, String text) {
    int colon = text.lastIndexOf(':');
    String host = colon < 0 ? "127.0.0.1" : text.substring(0, colon);
    if (host.startsWith("[") && host.endsWith("]")) {
      host = host.substring(1, host.length() - 1);
    }
    try {
      int port = Integer.parseInt(colon < 0 ? text : text.substring(colon + 1));
      if (port < 0 || port > 65535) {
        throw new NumberFormatException();
      }
      InetSocketAddress a = new InetSocketAddress(host.isEmpty() ? "127.0.0.1" : host, port);
      if (a.isUnresolved()) {
        throw new ParameterException(spec.commandLine(), option + ": unknown host '" + host + "'");
      }
      return a;
    } catch (NumberFormatException e) {
      throw new ParameterException(spec.commandLine(), option + " takes HOST:PORT, e.g. 127.0.0.1:9090, not '" + text
          + "'");
    }
  }

  /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 250ms}, a number of seconds, or ISO-8601 ({@code PT30S}). */
  Duration parseDuration(String option, String text) {
    String t = text.trim().toLowerCase(Locale.ROOT);
    try {
      if (t.startsWith("p")) {
        return Duration.parse(t.toUpperCase(Locale.ROOT));
      }
      if (t.endsWith("ms")) {
        return Duration.ofMillis(Long.parseLong(t.substring(0, t.length() - 2)));
      }
      char unit = t.charAt(t.length() - 1);
      String n = Character.isDigit(unit) ? t : t.substring(0, t.length() - 1);
      long v = Long.parseLong(n);
      switch (unit) {
        case 'h':
          return Duration.ofHours(v);
        case 'm':
          return Duration.ofMinutes(v);
        default:
          if (Character.isDigit(unit) || unit == 's') {
            return Duration.ofSeconds(v);
          }
      }
    } catch (RuntimeException ignored) {
      // reported below
    }
    throw new ParameterException(spec.commandLine(), option + " takes a time such as 30s, 5m or 1h, not '" + text
        + "'");
  }

  private void banner(StatuslintProxy proxy, RuleEngine engine, PrintStream err) {
    err.println("statuslint proxy: " + proxy.url() + " -> " + proxy.options().upstream().url());
    if (proxy.dashboardAddress() != null) {
      InetSocketAddress d = proxy.dashboardAddress();
      err.println("statuslint proxy: dashboard http://" + d.getAddress().getHostAddress() + ":" + d.getPort() + "/");
    }
    if (proxy.recording() != null) {
      err.println("statuslint proxy: recording to " + proxy.recording()
          + (keepSecrets ? " (secrets kept: handle the file with care)" : " (secrets redacted)"));
    }
    err.println("statuslint proxy: checking every exchange with " + engine.activeRules().size()
        + " rules; " + (duration == null ? "Ctrl-C to stop" : "stopping after " + duration));
    err.flush();
  }

  /** Waits for Ctrl-C / SIGTERM (handled, so reports are written and the exit code is the findings') or the time. */
  private static void awaitStop(Duration stopAfter) throws InterruptedException {
    CountDownLatch stop = new CountDownLatch(1);
    for (String name : new String[] {"INT", "TERM"}) {
      try {
        sun.misc.Signal.handle(new sun.misc.Signal(name), s -> stop.countDown());
      } catch (IllegalArgumentException | UnsupportedOperationException unavailable) {
        // Not on this platform: the JVM's default handling applies.
      }
    }
    if (stopAfter == null) {
      stop.await();
    } else {
      stop.await(stopAfter.toMillis(), TimeUnit.MILLISECONDS);
    }
  }

  private static void printSummary(StatuslintProxy proxy, Summary summary, Duration took, PrintStream out) {
    StatuslintProxy.Stats s = proxy.stats();
    LiveBoard.Snapshot board = proxy.board().snapshot();
    out.println();
    out.printf(Locale.ROOT, "statuslint proxy: stopped after %.1f s: %d exchanges checked, %d not checked (queue "
        + "full), %d answered by the proxy itself%n", took.toMillis() / 1000.0, summary.exchanges(), s.dropped(),
        s.proxyAnswers());
    if (proxy.recording() != null) {
      out.println("  recorded " + s.recorded() + " exchanges to " + proxy.recording());
    }
    out.printf(Locale.ROOT, "  findings: %d (%d errors, %d warnings, %d info) on %d endpoint x rule pairs%n",
        summary.findings(), summary.count(io.statuslint.rule.Severity.ERROR),
        summary.count(io.statuslint.rule.Severity.WARNING), summary.count(io.statuslint.rule.Severity.INFO),
        board.distinct().size());
    for (Map.Entry<String, Long> e : summary.byRule().entrySet()) {
      out.printf(Locale.ROOT, "  %8d  %-8s %s%n", e.getValue(), board.ruleSeverities().getOrDefault(e.getKey(), ""),
          e.getKey());
    }
    if (!summary.statuses().isEmpty()) {
      StringBuilder sb = new StringBuilder("  status codes:");
      summary.statuses().forEach((code, n) -> sb.append(' ').append(code).append(" x").append(n));
      out.println(sb);
    }
    out.flush();
  }

  private static Finding withUrl(Finding f, String url) {
    Location l = f.location();
    if (url == null || url.equals(l.url())) {
      return f;
    }
    Location redacted = new Location(l.file(), l.line(), l.column(), l.pointer(), l.component(), l.entry(),
        l.exchangeId(), l.method(), url, l.status());
    return new Finding(f.rule(), f.severity(), f.message(), f.suggestion(), f.reference(), redacted, f.evidence());
  }
}
