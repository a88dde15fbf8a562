package io.statuslint.traffic;

/**
 * An input that cannot be read as what it claims to be. The message is one line that names the
 * file and, where known, the entry and line: the command line prints it and exits with 2.
 */
public final class BadInputException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final String input;
  private final long entry;
  private final long line;

  public BadInputException(String input, long entry, long line, String message) {
    super(format(input, entry, line, message));
    this.input = input;
    this.entry = entry;
    this.line = line;
  }

  public String input() {
    return input;
  }

  /** 0-based entry (HAR entry index, NDJSON line index), or -1. */
  public long entry() {
    return entry;
  }

  /** 1-based line in the file, or -1. */
  public long line() {
    return line;
  }

  private static String format(String input, long entry, long line, String message) {
    StringBuilder sb = new StringBuilder(input == null ? "<input>" : input);
    if (line > 0) {
      sb.append(':').append(line);
    }
    sb.append(": ");
    if (entry >= 0) {
      sb.append("entry ").append(entry).append(": ");
    }
    return sb.append(message).toString();
  }
}
