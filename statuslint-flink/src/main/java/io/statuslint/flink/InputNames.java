package io.statuslint.flink;

import java.io.IOException;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.core.fs.FileSystem;
import org.apache.flink.core.fs.Path;

/**
 * Names a file the way the user named it. Flink hands a reader a qualified path
 * ({@code file:/data/logs/a.ndjson}, {@code s3://bucket/logs/a.ndjson}); findings should say what
 * the command line said ({@code logs/a.ndjson}, or {@code logs/} plus the file's place under it),
 * which is also what {@code statuslint check} prints, so the two outputs can be compared line for
 * line. A path that matches no input keeps its qualified form, which is unique on a cluster.
 */
final class InputNames implements Serializable {
  private static final long serialVersionUID = 1L;

  private final List<String> given;
  private transient List<String> qualified;

  InputNames(List<String> given) {
    this.given = List.copyOf(given);
  }

  /** The name of a file that Flink found under (or at) one of the inputs. */
  String nameOf(Path file) throws IOException {
    String path = qualify(file);
    List<String> inputs = qualifiedInputs();
    for (int i = 0; i < inputs.size(); i++) {
      String input = inputs.get(i);
      if (path.equals(input)) {
        return given.get(i);
      }
      String dir = input.endsWith("/") ? input : input + "/";
      if (path.startsWith(dir)) {
        String name = given.get(i);
        return (name.endsWith("/") ? name : name + "/") + path.substring(dir.length());
      }
    }
    return path;
  }

  private List<String> qualifiedInputs() throws IOException {
    if (qualified == null) {
      List<String> q = new ArrayList<>(given.size());
      for (String g : given) {
        q.add(qualify(new Path(g)));
      }
      qualified = q;
    }
    return qualified;
  }

  private static String qualify(Path p) throws IOException {
    FileSystem fs = p.getFileSystem();
    return p.makeQualified(fs).toString();
  }
}
