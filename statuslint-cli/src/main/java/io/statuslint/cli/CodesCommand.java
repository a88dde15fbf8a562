package io.statuslint.cli;

import io.statuslint.http.StatusCode;
import io.statuslint.http.StatusRegistry;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code statuslint codes}: the IANA registry as a table, with our one-line guidance. */
@Command(name = "codes", mixinStandardHelpOptions = true,
    description = "List the registered HTTP status codes with a line of guidance each.")
final class CodesCommand implements Callable<Integer> {

  @Option(names = "--class", paramLabel = "N", description = "Only this class: 1, 2, 3, 4 or 5.")
  Integer statusClass;

  @Override
  public Integer call() {
    StringBuilder sb = new StringBuilder();
    for (StatusCode c : StatusRegistry.all()) {
      if (statusClass != null && c.code() / 100 != statusClass) {
        continue;
      }
      String mark = switch (c.registration()) {
        case REGISTERED -> "";
        case UNUSED -> " [unused]";
        case DEPRECATED -> " [deprecated]";
        case OBSOLETE -> " [obsolete]";
        case PROVISIONAL -> " [provisional]";
      };
      sb.append(String.format("%d  %-32s %s%s%n     %s%n", c.code(), c.reason(), c.reference(), mark, c.guidance()));
    }
    System.out.print(sb);
    return ExitCodes.CLEAN;
  }
}
