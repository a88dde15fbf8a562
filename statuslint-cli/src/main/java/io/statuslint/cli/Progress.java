package io.statuslint.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;

/**
 * A progress bar on stderr for inputs that take more than a second, and only on a terminal: piped
 * and CI output stays clean. The bar library is loaded only when a bar is shown.
 */
final class Progress implements AutoCloseable {

  private static final long DELAY_NANOS = 1_000_000_000L;
  private static final Progress NONE = new Progress(null, 0);

  private final String name;
  private final long total;
  private final long started = System.nanoTime();
  private ProgressBar bar;
  private int calls;

  private Progress(String name, long total) {
    this.name = name;
    this.total = total;
  }

  static Progress forInput(String file) {
    if (System.console() == null || file.equals("-") || Boolean.getBoolean("statuslint.noProgress")) {
      return NONE;
    }
    try {
      return new Progress(Path.of(file).getFileName().toString(), Files.size(Path.of(file)));
    } catch (Exception e) {
      return NONE;
    }
  }

  /** Called per exchange with the bytes read so far; cheap until a second has passed. */
  void update(long position) {
    if (this == NONE || position < 0 || (++calls & 255) != 0) {
      return;
    }
    if (bar == null) {
      if (System.nanoTime() - started < DELAY_NANOS) {
        return;
      }
      bar = new ProgressBarBuilder().setTaskName(name).setInitialMax(total).setStyle(ProgressBarStyle.ASCII)
          .setUnit(" MB", 1024 * 1024).setConsumer(new me.tongfei.progressbar.ConsoleProgressBarConsumer(System.err))
          .build();
    }
    bar.stepTo(position);
  }

  @Override
  public void close() {
    if (bar != null) {
      bar.stepTo(total);
      bar.close();
    }
  }
}
