package io.statuslint.cli;

/** The exit codes of DESIGN.md, which CI scripts rely on. */
public final class ExitCodes {
  /** Nothing at or above {@code --fail-on}. */
  public static final int CLEAN = 0;
  /** Findings at or above {@code --fail-on}. */
  public static final int FINDINGS = 1;
  /** Bad usage, or an input that could not be read. */
  public static final int BAD_INPUT = 2;

  private ExitCodes() {}
}
