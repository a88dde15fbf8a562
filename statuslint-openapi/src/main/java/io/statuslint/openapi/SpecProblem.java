package io.statuslint.openapi;

/**
 * Something that kept (part of) a spec from being linted: the spec could not be read, or a
 * {@code $ref} leads nowhere. One line each; the command line prints it and exits 2.
 *
 * @param file the file the problem is in (as findings name it)
 * @param line 1-based line, or -1
 * @param column 1-based column, or -1
 * @param message what is wrong
 * @param fatal whether the spec could not be linted at all (otherwise the rest of it was)
 */
public record SpecProblem(String file, long line, long column, String message, boolean fatal) {

  /** {@code api.yaml:12:9: $ref '#/components/responses/Gone' points at nothing}. */
  public String oneLine() {
    StringBuilder sb = new StringBuilder(file == null ? "<spec>" : file);
    if (line > 0) {
      sb.append(':').append(line);
      if (column > 0) {
        sb.append(':').append(column);
      }
    }
    return sb.append(": ").append(message).toString();
  }

  @Override
  public String toString() {
    return oneLine();
  }
}
