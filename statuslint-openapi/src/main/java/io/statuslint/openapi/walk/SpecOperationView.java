package io.statuslint.openapi.walk;

import io.statuslint.finding.Location;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.resolve.RefResolver;
import io.statuslint.rule.Fact;
import io.statuslint.rule.OperationView;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** One operation of a spec as the operation rules see it, with where it is written. */
public final class SpecOperationView implements OperationView {

  private final SpecRun run;
  private final SpecDocument document;
  private final SpecObject pathItem;
  private final SpecObject operation;
  private final String method;
  private final String path;
  private final String pointer;
  private final int line;
  private final int column;
  private final String component;
  private final Set<String> ignores;
  private List<SpecResponseView> responses;

  SpecOperationView(SpecRun run, SpecDocument document, SpecObject pathItem, int methodIndex, String path,
      String pointer, String component, Set<String> pathItemIgnores) {
    this.run = run;
    this.document = document;
    this.pathItem = pathItem;
    this.operation = (SpecObject) pathItem.value(methodIndex);
    this.method = pathItem.key(methodIndex).toUpperCase(Locale.ROOT);
    this.path = path;
    this.pointer = pointer;
    this.line = pathItem.keyLine(methodIndex);
    this.column = pathItem.keyColumn(methodIndex);
    this.component = component;
    Set<String> all = new java.util.LinkedHashSet<>(pathItemIgnores);
    IgnoreList.read(run, document, operation, all);
    this.ignores = Collections.unmodifiableSet(all);
  }

  @Override
  public String method() {
    return method;
  }

  @Override
  public String path() {
    return path;
  }

  @Override
  public String operationId() {
    return operation.text("operationId");
  }

  @Override
  public String summary() {
    return operation.text("summary");
  }

  @Override
  public boolean declaresResponses() {
    return operation.get("responses") != null;
  }

  @Override
  public List<SpecResponseView> responses() {
    if (responses == null) {
      responses = readResponses();
    }
    return responses;
  }

  private List<SpecResponseView> readResponses() {
    Object value = operation.get("responses");
    if (value == null) {
      return List.of();
    }
    // A $ref on the whole Responses Object is not OpenAPI, but some specs do it; follow it.
    RefResolver.Resolved resolved = run.deref(document, value);
    if (resolved == null || !(resolved.value() instanceof SpecObject map)) {
      return List.of();
    }
    List<SpecResponseView> out = new ArrayList<>(map.size());
    for (int i = 0; i < map.size(); i++) {
      String key = map.key(i);
      if (key.startsWith("x-") || key.equals("$ref")) {
        continue;
      }
      out.add(new SpecResponseView(this, resolved.document(), map, i));
    }
    return Collections.unmodifiableList(out);
  }

  @Override
  public Fact requestBody() {
    if (!run.version().isSwagger2()) {
      return Fact.of(operation.get("requestBody") != null);
    }
    // Swagger 2.0: a body or form parameter, on the operation or on its path item.
    boolean unknown = false;
    for (SpecArray params : new SpecArray[] {operation.array("parameters"), pathItem.array("parameters")}) {
      if (params == null) {
        continue;
      }
      for (int i = 0; i < params.size(); i++) {
        RefResolver.Resolved p = run.deref(document, params.get(i));
        if (p == null) {
          unknown = true;
        } else if (p.value() instanceof SpecObject param) {
          String in = param.text("in");
          if ("body".equals(in) || "formData".equals(in)) {
            return Fact.PRESENT;
          }
        }
      }
    }
    return unknown ? Fact.UNKNOWN : Fact.ABSENT;
  }

  @Override
  public List<List<String>> security() {
    return operation.has("security") ? SpecRun.securityOf(operation.get("security")) : run.rootSecurity();
  }

  /** The operation object itself. */
  public SpecObject node() {
    return operation;
  }

  /** The document the operation is written in. */
  public SpecDocument document() {
    return document;
  }

  /** The JSON pointer of the operation at its use site, e.g. {@code /paths/~1orders/post}. */
  public String pointer() {
    return pointer;
  }

  /** The {@code $ref} of the path item (or callback) it came through, or {@code null}. */
  public String component() {
    return component;
  }

  /** Rule ids silenced for this operation by {@code x-statuslint-ignore} (its own or its path item's). */
  public Set<String> ignores() {
    return ignores;
  }

  /** Where operation findings point: the method's name in its path item. */
  public Location location() {
    return Location.ofSpec(document.name(), line, column, pointer, component, method, path, -1);
  }

  SpecRun run() {
    return run;
  }

  /** The path item the operation is written in (its {@code parameters} apply to it too). */
  public SpecObject pathItem() {
    return pathItem;
  }

  /** The spec's root object: its {@code servers}, {@code basePath}, {@code consumes}. */
  public SpecObject rootObject() {
    return run.root().rootObject();
  }

  /** Whether the spec is Swagger 2.0 (body parameters and {@code consumes} instead of requestBody). */
  public boolean swagger2() {
    return run.version().isSwagger2();
  }

  /**
   * {@code value} (written in {@code doc}) with its {@code $ref}s followed, or {@code null} when one
   * leads nowhere (recorded as a problem of the run).
   */
  public RefResolver.Resolved deref(SpecDocument doc, Object value) {
    return run.deref(doc, value);
  }

  @Override
  public String toString() {
    return method + " " + path;
  }
}
