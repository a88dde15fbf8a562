package io.statuslint.openapi.parse;

/**
 * A spec (or a document it references) that cannot be read: not YAML or JSON, too big, too deep,
 * unreachable. The message is one line, {@code file:line:column: what is wrong}, ready to print.
 */
public final class SpecReadException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final long line;
  private final long column;
  private final String reason;

  public SpecReadException(String source, long line, long column, String reason) {
    super(format(source, line, column, reason), null, false, false);
    this.source = source;
    this.line = line;
    this.column = column;
    this.reason = reason;
  }

  /** The file or URL as the user named it (or as a {@code $ref} named it). */
  public String source() {
    return source;
  }

  /** 1-based line, or -1. */
  public long line() {
    return line;
  }

  /** 1-based column, or -1. */
  public long column() {
    return column;
  }

  /** What is wrong, without the position. */
  public String reason() {
    return reason;
  }

  static String format(String source, long line, long column, String reason) {
    StringBuilder sb = new StringBuilder(source == null ? "<spec>" : source);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(reason).toString();
  }
}
