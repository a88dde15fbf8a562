package io.statuslint.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code statuslint} command. Subcommands are classes; shared options are mixins. */
@Command(
    name = "statuslint",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks HTTP status codes against the team's guide: in specs, recorded traffic and live APIs.",
    subcommands = {
      CheckCommand.class,
      LintCommand.class,
      ProbeCommand.class,
      CodesCommand.class,
      ExplainCommand.class,
      RulesCommand.class,
      DemoCommand.class,
      ProxyCommand.class,
      CommandLine.HelpCommand.class
    },
    exitCodeOnInvalidInput = ExitCodes.BAD_INPUT,
    exitCodeOnExecutionException = ExitCodes.BAD_INPUT,
    usageHelpAutoWidth = true)
public final class Main implements Runnable {

  @CommandLine.Spec CommandLine.Model.CommandSpec spec;

  @Override
  public void run() {
    spec.commandLine().usage(System.out);
  }

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("statuslint: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try 'statuslint " + ex.getCommandLine().getCommandName()
          + " --help' for usage.");
      return ExitCodes.BAD_INPUT;
    });
    cl.setExecutionExceptionHandler((ex, c, parsed) -> {
      // Bad input never ends in a stack trace: one line, exit 2.
      c.getErr().println("statuslint: " + Errors.oneLine(ex));
      if (Boolean.getBoolean("statuslint.debug")) {
        ex.printStackTrace(c.getErr());
      }
      return ExitCodes.BAD_INPUT;
    });
    return cl.execute(args);
  }
}
