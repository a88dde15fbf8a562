package io.statuslint.cli;

import io.statuslint.engine.ConfigException;
import io.statuslint.traffic.BadInputException;
import java.io.FileNotFoundException;
import java.nio.file.AccessDeniedException;
import java.nio.file.NoSuchFileException;

/** Turns any exception into the one line a user reads. */
final class Errors {

  private Errors() {}

  static String oneLine(Throwable t) {
    if (t instanceof BadInputException || t instanceof ConfigException) {
      return firstLine(t.getMessage());
    }
    if (t instanceof NoSuchFileException e) {
      return e.getFile() + ": no such file";
    }
    if (t instanceof AccessDeniedException e) {
      return e.getFile() + ": permission denied";
    }
    if (t instanceof FileNotFoundException) {
      return firstLine(t.getMessage());
    }
    if (t instanceof OutOfMemoryError) {
      return "out of memory: give the JVM more heap (JAVA_OPTS=-Xmx…) or split the input";
    }
    String m = t.getMessage();
    String name = t.getClass().getSimpleName();
    return m == null || m.isBlank() ? "internal error (" + name + "); run with -Dstatuslint.debug=true for details"
        : firstLine(m);
  }

  private static String firstLine(String s) {
    if (s == null) {
      return "";
    }
    int nl = s.indexOf('\n');
    return nl < 0 ? s : s.substring(0, nl);
  }
}
