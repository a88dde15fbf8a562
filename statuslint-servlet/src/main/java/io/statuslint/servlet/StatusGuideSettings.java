package io.statuslint.servlet;

import io.statuslint.engine.Config;
import io.statuslint.engine.ConfigLoader;
import io.statuslint.engine.RuleEngine;
import jakarta.servlet.FilterConfig;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * How a {@link StatusGuideFilter} behaves. In code:
 *
 * <pre>
 * StatusGuideFilter.create(s -&gt; s.mode(FilterMode.GUARD).retryAfterSeconds(30).captureLimit(64 * 1024));
 * </pre>
 *
 * or as filter init parameters (web.xml, {@code FilterRegistration}): {@code mode} (check | guard),
 * {@code capture-limit} (bytes), {@code retry-after} (seconds), {@code config} (a
 * {@code .statuslint.yaml} file), {@code guarded-rules} (comma-separated rule ids),
 * {@code answer-uncaught-exceptions} (true | false), {@code logger}.
 */
public final class StatusGuideSettings {

  /** The rules whose findings make the guard replace an error body. */
  public static final Set<String> LEAK_RULES = Set.of("leak-stack-trace", "leak-sql", "leak-file-path");

  /** Default capture limit: 64 KiB covers error bodies; larger bodies stream past it untouched. */
  public static final int DEFAULT_CAPTURE_LIMIT = 64 * 1024;

  private FilterMode mode = FilterMode.CHECK;
  private int captureLimit = DEFAULT_CAPTURE_LIMIT;
  private Integer retryAfterSeconds;
  private Config config = Config.defaults();
  private RuleEngine engine;
  private Set<String> guardedRules = LEAK_RULES;
  private boolean answerUncaughtExceptions = true;
  private String logger = "io.statuslint.servlet";

  /** {@link FilterMode#CHECK} (the default) or {@link FilterMode#GUARD}. */
  public StatusGuideSettings mode(FilterMode mode) {
    this.mode = Objects.requireNonNull(mode, "mode");
    return this;
  }

  /**
   * How much of each response body is kept for the check, and how much of an error body the guard
   * may hold back (bytes; characters for a writer). Past it a body streams on and cannot be replaced.
   */
  public StatusGuideSettings captureLimit(int bytes) {
    if (bytes < 0) {
      throw new IllegalArgumentException("capture limit must not be negative: " + bytes);
    }
    this.captureLimit = bytes;
    return this;
  }

  /** Guard mode: the Retry-After (in seconds) a 429 or 503 gets when the application sent none. */
  public StatusGuideSettings retryAfterSeconds(int seconds) {
    if (seconds < 0) {
      throw new IllegalArgumentException("Retry-After must not be negative: " + seconds);
    }
    this.retryAfterSeconds = seconds;
    return this;
  }

  /** The rule configuration (ruleset, severities, ignores); default: the built-in defaults. */
  public StatusGuideSettings config(Config config) {
    this.config = Objects.requireNonNull(config, "config");
    return this;
  }

  /** An engine of your own (custom rules); replaces {@link #config(Config)}. */
  public StatusGuideSettings engine(RuleEngine engine) {
    this.engine = Objects.requireNonNull(engine, "engine");
    return this;
  }

  /** Which rules' findings make the guard replace an error body (default: {@link #LEAK_RULES}). */
  public StatusGuideSettings guardedRules(String... ruleIds) {
    this.guardedRules = Set.copyOf(new LinkedHashSet<>(Arrays.asList(ruleIds)));
    return this;
  }

  /**
   * Guard mode: whether an exception that escapes the application, while the response is still
   * uncommitted, is answered by the filter with a safe 500 body (logged with its incident id), rather
   * than left to the container's error page, which may show the exception. Default true.
   */
  public StatusGuideSettings answerUncaughtExceptions(boolean answer) {
    this.answerUncaughtExceptions = answer;
    return this;
  }

  /** The SLF4J logger name (default {@code io.statuslint.servlet}). */
  public StatusGuideSettings logger(String name) {
    this.logger = Objects.requireNonNull(name, "name");
    return this;
  }

  public FilterMode mode() {
    return mode;
  }

  public int captureLimit() {
    return captureLimit;
  }

  /** The configured Retry-After seconds, or {@code null}. */
  public Integer retryAfterSeconds() {
    return retryAfterSeconds;
  }

  public Set<String> guardedRules() {
    return guardedRules;
  }

  public boolean answerUncaughtExceptions() {
    return answerUncaughtExceptions;
  }

  public String logger() {
    return logger;
  }

  RuleEngine buildEngine() {
    return engine != null ? engine : RuleEngine.create(config);
  }

  /** Applies the init parameters that are set, over the current values. */
  StatusGuideSettings apply(FilterConfig filterConfig) {
    String v;
    if ((v = param(filterConfig, "mode")) != null) {
      mode(FilterMode.valueOf(v.toUpperCase(Locale.ROOT)));
    }
    if ((v = param(filterConfig, "capture-limit")) != null) {
      captureLimit(Integer.parseInt(v));
    }
    if ((v = param(filterConfig, "retry-after")) != null) {
      retryAfterSeconds(Integer.parseInt(v));
    }
    if ((v = param(filterConfig, "config")) != null) {
      config(ConfigLoader.load(Path.of(v)));
    }
    if ((v = param(filterConfig, "guarded-rules")) != null) {
      guardedRules(List.of(v.split(",")).stream().map(String::trim).filter(s -> !s.isEmpty())
          .toArray(String[]::new));
    }
    if ((v = param(filterConfig, "answer-uncaught-exceptions")) != null) {
      answerUncaughtExceptions(Boolean.parseBoolean(v));
    }
    if ((v = param(filterConfig, "logger")) != null) {
      logger(v);
    }
    return this;
  }

  private static String param(FilterConfig config, String name) {
    String v = config.getInitParameter(name);
    return v == null || v.isBlank() ? null : v.trim();
  }
}
