package io.statuslint.flink;

import io.statuslint.engine.ConfigException;
import io.statuslint.traffic.BadInputException;
import java.time.Duration;
import java.util.Locale;
import org.apache.flink.util.ExceptionUtils;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * {@code statuslint-flink}: the statuslint rules on Apache Flink. {@code audit} checks recorded
 * traffic files in batch mode, {@code stream} follows a Kafka topic. Run with {@code java -jar
 * statuslint-flink.jar} it starts Flink inside this process (bound to 127.0.0.1); submitted with
 * {@code flink run statuslint-flink-job.jar} it runs on that cluster.
 *
 * <p>Exit codes as {@code statuslint check}: 0 nothing at or above {@code --fail-on}, 1 findings at or
 * above it, 2 bad usage or an unreadable input (or a failed job).
 */
@Command(name = "statuslint-flink", mixinStandardHelpOptions = true, versionProvider = Main.Version.class,
    description = "Audit recorded HTTP traffic at scale with the statuslint rules on Apache Flink.",
    subcommands = {AuditCommand.class, StreamCommand.class})
public final class Main {

  public static void main(String[] args) {
    System.exit(run(args));
  }

  static int run(String... args) {
    CommandLine cli = new CommandLine(new Main()).setCaseInsensitiveEnumValuesAllowed(true);
    cli.registerConverter(Duration.class, Main::duration);
    cli.setExecutionExceptionHandler((e, line, parsed) -> {
      if (!expected(e)) {
        e.printStackTrace(line.getErr()); // a bug or an environment problem: show everything
      }
      line.getErr().println("statuslint-flink: " + describe(e));
      return 2;
    });
    // Usage errors exit 2, like statuslint's other commands.
    cli.setParameterExceptionHandler((e, args2) -> {
      e.getCommandLine().getErr().println("statuslint-flink: " + e.getMessage());
      e.getCommandLine().usage(e.getCommandLine().getErr());
      return 2;
    });
    return cli.execute(args);
  }

  /** Whether the failure is the input's or the configuration's, told in one line. */
  static boolean expected(Throwable e) {
    return ExceptionUtils.findThrowable(e, BadInputException.class).isPresent()
        || ExceptionUtils.findThrowable(e, ConfigException.class).isPresent()
        || e instanceof IllegalArgumentException;
  }

  /** One line saying what went wrong: the bad input or configuration, not Flink's wrapping. */
  static String describe(Throwable e) {
    return ExceptionUtils.findThrowable(e, BadInputException.class).map(Throwable::getMessage)
        .or(() -> ExceptionUtils.findThrowable(e, ConfigException.class).map(Throwable::getMessage))
        .orElseGet(() -> {
          Throwable root = ExceptionUtils.stripException(e, RuntimeException.class);
          while (root.getCause() != null) {
            root = root.getCause();
          }
          return root.toString();
        });
  }

  /** {@code 30s}, {@code 5m}, {@code 1h}, {@code 500ms}, or ISO-8601 ({@code PT5M}). */
  static Duration duration(String text) {
    String s = text.trim().toLowerCase(Locale.ROOT);
    if (s.startsWith("pt") || s.startsWith("p")) {
      return Duration.parse(s.toUpperCase(Locale.ROOT));
    }
    int split = 0;
    while (split < s.length() && Character.isDigit(s.charAt(split))) {
      split++;
    }
    if (split == 0) {
      throw new IllegalArgumentException("not a duration: " + text + " (e.g. 30s, 5m, 1h)");
    }
    long n = Long.parseLong(s.substring(0, split));
    switch (s.substring(split).trim()) {
      case "ms":
        return Duration.ofMillis(n);
      case "s":
      case "":
        return Duration.ofSeconds(n);
      case "m":
      case "min":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      case "d":
        return Duration.ofDays(n);
      default:
        throw new IllegalArgumentException("not a duration: " + text + " (e.g. 30s, 5m, 1h)");
    }
  }

  static final class Version implements CommandLine.IVersionProvider {
    @Override
    public String[] getVersion() {
      String v = Main.class.getPackage().getImplementationVersion();
      return new String[] {"statuslint-flink " + (v == null ? "dev" : v) + " on Apache Flink "
          + org.apache.flink.runtime.util.EnvironmentInformation.getVersion()};
    }
  }
}
