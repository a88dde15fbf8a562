package io.statuslint.openapi.walk;

import io.statuslint.openapi.SpecLimits;
import io.statuslint.openapi.SpecProblem;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.model.SpecVersion;
import io.statuslint.openapi.parse.SpecReadException;
import io.statuslint.openapi.resolve.RefException;
import io.statuslint.openapi.resolve.RefResolver;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * The state of linting one spec: its root document, dialect, reference resolver, and the problems
 * and warnings found on the way (each reported once).
 */
public final class SpecRun {

  private final SpecDocument root;
  private final SpecVersion version;
  private final RefResolver resolver;
  private final SpecLimits limits;
  private final List<SpecProblem> problems = new ArrayList<>();
  private final List<SpecProblem> warnings = new ArrayList<>();
  private final Set<String> reported = new HashSet<>();
  private List<List<String>> rootSecurity;

  public SpecRun(SpecDocument root, SpecVersion version, RefResolver resolver, SpecLimits limits) {
    this.root = root;
    this.version = version;
    this.resolver = resolver;
    this.limits = limits;
  }

  /**
   * The dialect of a parsed document, or a one-line refusal when it is not a spec statuslint reads.
   */
  public static SpecVersion detectVersion(SpecDocument doc) {
    SpecObject o = doc.rootObject();
    if (o == null) {
      String what = doc.root() instanceof SpecArray ? "a list" : "a single value";
      throw new SpecReadException(doc.name(), 1, 1,
          "not an OpenAPI or Swagger document: the top level is " + what + ", not a mapping");
    }
    String openapi = o.text("openapi");
    if (openapi != null) {
      int at = o.indexOf("openapi");
      if (openapi.startsWith("3.0")) {
        return SpecVersion.OPENAPI_3_0;
      }
      if (openapi.startsWith("3.")) {
        return SpecVersion.OPENAPI_3_1;
      }
      throw new SpecReadException(doc.name(), o.keyLine(at), o.keyColumn(at),
          "OpenAPI version '" + openapi + "' is not supported (3.0, 3.1 and Swagger 2.0 are)");
    }
    String swagger = o.text("swagger");
    if (swagger != null) {
      int at = o.indexOf("swagger");
      if (swagger.equals("2.0") || swagger.equals("2")) {
        return SpecVersion.SWAGGER_2;
      }
      throw new SpecReadException(doc.name(), o.keyLine(at), o.keyColumn(at),
          "Swagger version '" + swagger + "' is not supported (2.0, OpenAPI 3.0 and 3.1 are)");
    }
    throw new SpecReadException(doc.name(), o.line(), o.column(),
        "not an OpenAPI or Swagger document: it has no 'openapi' or 'swagger' field");
  }

  public SpecDocument root() {
    return root;
  }

  public SpecVersion version() {
    return version;
  }

  public SpecLimits limits() {
    return limits;
  }

  public List<SpecProblem> problems() {
    return problems;
  }

  public List<SpecProblem> warnings() {
    return warnings;
  }

  /**
   * {@code value} with its {@code $ref}s followed, or {@code null} when one leads nowhere (the
   * problem is recorded once per broken target).
   */
  public RefResolver.Resolved deref(SpecDocument doc, Object value) {
    try {
      return resolver.deref(doc, value);
    } catch (RefException e) {
      if (reported.add("ref " + e.target())) {
        problems.add(new SpecProblem(e.file(), e.line(), e.column(), e.getMessage(), false));
      }
      return null;
    }
  }

  /** {@link #deref} when the result is a mapping; {@code null} otherwise. */
  SpecObject derefObject(SpecDocument doc, Object value) {
    RefResolver.Resolved r = deref(doc, value);
    return r != null && r.value() instanceof SpecObject o ? o : null;
  }

  void warn(String file, long line, long column, String message) {
    if (reported.add("warn " + file + ":" + line + ":" + column + ":" + message)) {
      warnings.add(new SpecProblem(file, line, column, message, false));
    }
  }

  void problem(String file, long line, long column, String message) {
    if (reported.add("problem " + message)) {
      problems.add(new SpecProblem(file, line, column, message, false));
    }
  }

  /** The document's own {@code security}, as alternatives of scheme names. */
  List<List<String>> rootSecurity() {
    if (rootSecurity == null) {
      rootSecurity = securityOf(root.rootObject().get("security"));
    }
    return rootSecurity;
  }

  static List<List<String>> securityOf(Object value) {
    List<List<String>> out = new ArrayList<>();
    if (value instanceof SpecArray a) {
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof SpecObject requirement) {
          List<String> schemes = new ArrayList<>(requirement.size());
          for (int k = 0; k < requirement.size(); k++) {
            schemes.add(requirement.key(k));
          }
          out.add(List.copyOf(schemes));
        }
      }
    }
    return List.copyOf(out);
  }
}
