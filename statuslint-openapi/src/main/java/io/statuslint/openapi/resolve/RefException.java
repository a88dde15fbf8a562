package io.statuslint.openapi.resolve;

/**
 * A {@code $ref} that leads nowhere: a missing target, an unreadable document, a cycle, a chain too
 * long. Positioned at the {@code $ref} as written; {@link #target()} lets a run report each broken
 * target once, however many places use it.
 */
public final class RefException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String file;
  private final long line;
  private final long column;
  private final String target;

  RefException(String file, long line, long column, String target, String message) {
    super(message, null, false, false);
    this.file = file;
    this.line = line;
    this.column = column;
    this.target = target;
  }

  public String file() {
    return file;
  }

  public long line() {
    return line;
  }

  public long column() {
    return column;
  }

  /** The absolute target that failed (document URI and pointer). */
  public String target() {
    return target;
  }
}
