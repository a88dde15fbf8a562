package io.statuslint.maven;

import io.statuslint.engine.Config;
import io.statuslint.engine.ConfigException;
import io.statuslint.engine.ConfigLoader;
import io.statuslint.engine.RuleEngine;
import io.statuslint.finding.Finding;
import io.statuslint.finding.Location;
import io.statuslint.report.Summary;
import io.statuslint.rule.Severity;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;
import org.apache.maven.plugin.AbstractMojo;
import org.apache.maven.plugin.MojoExecutionException;
import org.apache.maven.plugin.MojoFailureException;
import org.apache.maven.plugins.annotations.LifecyclePhase;
import org.apache.maven.plugins.annotations.Mojo;
import org.apache.maven.plugins.annotations.Parameter;

/**
 * Lints the project's API specs (OpenAPI 3.0/3.1, Swagger 2.0) and recorded traffic (HAR, NDJSON
 * exchange logs) with the status guide's rules, writes the chosen report formats to
 * {@code target/statuslint/}, and fails the build when a finding is at or above {@code failOn}.
 *
 * <pre>
 * &lt;plugin&gt;
 *   &lt;groupId&gt;io.statuslint&lt;/groupId&gt;
 *   &lt;artifactId&gt;statuslint-maven-plugin&lt;/artifactId&gt;
 *   &lt;executions&gt;&lt;execution&gt;&lt;goals&gt;&lt;goal&gt;lint&lt;/goal&gt;&lt;/goals&gt;&lt;/execution&gt;&lt;/executions&gt;
 *   &lt;configuration&gt;
 *     &lt;specs&gt;&lt;spec&gt;src/main/openapi/api.yaml&lt;/spec&gt;&lt;/specs&gt;
 *     &lt;formats&gt;text,sarif,html&lt;/formats&gt;
 *     &lt;failOn&gt;error&lt;/failOn&gt;
 *   &lt;/configuration&gt;
 * &lt;/plugin&gt;
 * </pre>
 */
@Mojo(name = "lint", defaultPhase = LifecyclePhase.VERIFY, threadSafe = true)
public final class LintMojo extends AbstractMojo {

  /** Spec files, or directories whose *.yaml, *.yml and *.json files are specs. */
  @Parameter(property = "statuslint.specs")
  private List<File> specs = new ArrayList<>();

  /** Recorded traffic to check: HAR 1.2 files or NDJSON exchange logs (optionally gzipped). */
  @Parameter(property = "statuslint.traffic")
  private List<File> traffic = new ArrayList<>();

  /** Report formats: text, json, ndjson, sarif, junit, github, markdown, html. */
  @Parameter(property = "statuslint.formats", defaultValue = "text,sarif,html")
  private List<String> formats = new ArrayList<>();

  /** Where the reports go. */
  @Parameter(property = "statuslint.outputDirectory", defaultValue = "${project.build.directory}/statuslint")
  private File outputDirectory;

  /** The least severity that fails the build: error, warning, info, or never. */
  @Parameter(property = "statuslint.failOn", defaultValue = "error")
  private String failOn;

  /** The configuration file; by default the nearest .statuslint.yaml at or above the project. */
  @Parameter(property = "statuslint.config")
  private File config;

  /** recommended (error and warning rules) or all (info rules too); overrides the configuration file. */
  @Parameter(property = "statuslint.ruleset")
  private String ruleset;

  /** Unreadable inputs become warnings instead of failing the build. */
  @Parameter(property = "statuslint.lenient", defaultValue = "false")
  private boolean lenient;

  @Parameter(property = "statuslint.skip", defaultValue = "false")
  private boolean skip;

  @Parameter(defaultValue = "${project.basedir}", readonly = true, required = true)
  private File basedir;

  @Parameter(defaultValue = "${plugin.version}", readonly = true)
  private String pluginVersion;

  @Override
  public void execute() throws MojoExecutionException, MojoFailureException {
    if (skip) {
      getLog().info("statuslint: skipped");
      return;
    }
    Severity threshold = threshold(failOn);
    List<Path> specFiles = expand(specs);
    List<Path> trafficFiles = traffic.stream().map(this::resolve).toList();
    if (specFiles.isEmpty() && trafficFiles.isEmpty()) {
      getLog().warn("statuslint: nothing to lint; configure <specs> or <traffic>");
      return;
    }
    RuleEngine engine;
    try {
      engine = RuleEngine.create(loadConfig());
    } catch (ConfigException e) {
      throw new MojoExecutionException("statuslint: " + e.getMessage(), e);
    }
    engine.warnings().forEach(w -> getLog().warn("statuslint: " + w));
    LintRun.Outcome outcome;
    try {
      LintRun run = new LintRun(engine, formats(), outputDirectory.toPath(), lenient,
          pluginVersion == null ? "dev" : pluginVersion);
      outcome = run.run(specFiles, trafficFiles, this::log);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("statuslint: " + e.getMessage(), e);
    } catch (IOException e) {
      throw new MojoExecutionException("statuslint: cannot write the reports: " + e.getMessage(), e);
    }
    outcome.warnings().forEach(w -> getLog().warn("statuslint: " + w));
    Summary s = outcome.summary();
    getLog().info("statuslint: " + s.findings() + " findings (" + s.count(Severity.ERROR) + " errors, "
        + s.count(Severity.WARNING) + " warnings, " + s.count(Severity.INFO) + " info) in " + s.inputs()
        + " input(s); reports: " + String.join(", ", outcome.reports().stream().map(this::shown).toList()));
    if (!outcome.unreadable().isEmpty()) {
      String problems = String.join("; ", outcome.unreadable());
      if (!lenient) {
        throw new MojoExecutionException("statuslint: cannot read " + problems);
      }
      getLog().warn("statuslint: skipped unreadable input: " + problems);
    }
    if (s.hasAtLeast(threshold)) {
      long failing = 0;
      for (Severity sev : Severity.values()) {
        if (sev.atLeast(threshold)) {
          failing += s.count(sev);
        }
      }
      throw new MojoFailureException("statuslint: " + failing + " finding(s) at or above " + threshold.id()
          + " (failOn); see " + shown(outputDirectory.toPath().resolve(ReportFiles.fileName(formats().get(0)))));
    }
  }

  private void log(Finding f) {
    String line = where(f.location()) + " [" + f.severity().id() + "] " + f.rule() + ": " + f.message();
    switch (f.severity()) {
      case ERROR -> getLog().error(line);
      case WARNING -> getLog().warn(line);
      default -> getLog().info(line);
    }
  }

  private String where(Location l) {
    StringBuilder sb = new StringBuilder();
    if (l.file() != null) {
      sb.append(shown(Path.of(l.file())));
      if (l.line() > 0) {
        sb.append(':').append(l.line());
        if (l.column() > 0) {
          sb.append(':').append(l.column());
        }
      }
    }
    if (l.method() != null) {
      sb.append(sb.length() > 0 ? " " : "").append(l.method()).append(' ').append(l.url());
    }
    if (l.status() > 0) {
      sb.append(" -> ").append(l.status());
    }
    return sb.toString();
  }

  /** A path as the user would write it: relative to the project when it is inside it. */
  private String shown(Path p) {
    Path base = basedir.toPath().toAbsolutePath();
    Path abs = p.toAbsolutePath();
    return abs.startsWith(base) ? base.relativize(abs).toString() : abs.toString();
  }

  private Config loadConfig() {
    Path file = config != null ? resolve(config) : ConfigLoader.discover(basedir.toPath()).orElse(null);
    Config c = file == null ? Config.defaults() : ConfigLoader.load(file);
    if (ruleset == null || ruleset.isBlank()) {
      return c;
    }
    Config.Builder b = Config.builder().ruleset(Config.Ruleset.parse(ruleset)).source(c.source());
    c.ruleSettings().forEach(b::rule);
    c.ignores().forEach(b::ignore);
    c.patterns().forEach((kind, list) -> list.forEach(p -> b.pattern(kind, p)));
    c.warnings().forEach(b::warning);
    return b.build();
  }

  private List<String> formats() {
    List<String> out = new ArrayList<>();
    for (String f : formats) {
      for (String part : f.split(",")) {
        if (!part.isBlank()) {
          out.add(part.trim().toLowerCase(Locale.ROOT));
        }
      }
    }
    return out.isEmpty() ? List.of("text") : out;
  }

  private static Severity threshold(String failOn) throws MojoExecutionException {
    if (failOn == null || failOn.isBlank() || failOn.trim().equalsIgnoreCase("never")) {
      return null;
    }
    try {
      return Severity.parse(failOn);
    } catch (IllegalArgumentException e) {
      throw new MojoExecutionException("statuslint: failOn must be error, warning, info or never, not '"
          + failOn + "'");
    }
  }

  private Path resolve(File f) {
    return f.isAbsolute() ? f.toPath() : basedir.toPath().resolve(f.getPath());
  }

  /** Files as given; directories expand to the spec files they hold (sorted, not recursive). */
  private List<Path> expand(List<File> entries) throws MojoExecutionException {
    List<Path> out = new ArrayList<>();
    for (File entry : entries) {
      Path p = resolve(entry);
      if (Files.isDirectory(p)) {
        try (Stream<Path> files = Files.list(p)) {
          files.filter(f -> f.getFileName().toString().matches("(?i).+\\.(ya?ml|json)")).sorted().forEach(out::add);
        } catch (IOException e) {
          throw new MojoExecutionException("statuslint: cannot list " + p + ": " + e.getMessage(), e);
        }
      } else {
        out.add(p);
      }
    }
    return out;
  }
}
