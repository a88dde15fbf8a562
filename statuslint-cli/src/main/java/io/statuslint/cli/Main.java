package io.statuslint.cli;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The {@code statuslint} command. Subcommands are classes; shared options are mixins. */
@Command(
    name = "statuslint",
    mixinStandardHelpOptions = true,
    versionProvider = Version.class,
    description = "Checks HTTP status codes against the team's guide: in specs, recorded traffic and live APIs.",
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

  /** The subcommands, in the order help lists them. */
  private static final Map<String, Supplier<Object>> SUBCOMMANDS = subcommands();

  private static Map<String, Supplier<Object>> subcommands() {
    Map<String, Supplier<Object>> m = new LinkedHashMap<>();
    m.put("check", CheckCommand::new);
    m.put("lint", LintCommand::new);
    m.put("probe", ProbeCommand::new);
    m.put("codes", CodesCommand::new);
    m.put("explain", ExplainCommand::new);
    m.put("rules", RulesCommand::new);
    m.put("demo", DemoCommand::new);
    m.put("proxy", ProxyCommand::new);
    m.put("help", CommandLine.HelpCommand::new);
    return m;
  }

  /** Runs the command line and returns the exit code (tests call this instead of {@link #main}). */
  public static int run(String... args) {
    CommandLine cl = new CommandLine(new Main());
    // Picocli reads every registered command's annotations up front, a tenth of a second for all of
    // them: a run that names its command registers that one alone (help, typos and the bare command
    // see them all).
    String named = args.length > 0 ? args[0] : "";
    if (SUBCOMMANDS.containsKey(named) && !named.equals("help")) {
      cl.addSubcommand(SUBCOMMANDS.get(named).get());
    } else {
      SUBCOMMANDS.values().forEach(command -> cl.addSubcommand(command.get()));
    }
    cl.setCaseInsensitiveEnumValuesAllowed(true);
    cl.setParameterExceptionHandler((ex, a) -> {
      ex.getCommandLine().getErr().println("statuslint: " + ex.getMessage());
      ex.getCommandLine().getErr().println("Try '" + ex.getCommandLine().getCommandSpec().qualifiedName()
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
