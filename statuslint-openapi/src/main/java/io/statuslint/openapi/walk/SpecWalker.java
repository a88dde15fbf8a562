package io.statuslint.openapi.walk;

import io.statuslint.openapi.model.JsonPointers;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.model.SpecVersion;
import io.statuslint.openapi.resolve.RefResolver;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Finds every operation of a spec, in document order: under {@code paths}, under {@code webhooks}
 * (OpenAPI 3.1), and in the callbacks of each operation. A path item or callback reached through a
 * {@code $ref} is walked at each place that uses it, under that place's JSON pointer.
 */
public final class SpecWalker {

  static final List<String> METHODS = List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final int MAX_OPERATIONS = 200_000;

  private final SpecRun run;
  private final Consumer<SpecOperationView> visitor;
  private int operations;
  private boolean overflowReported;

  private SpecWalker(SpecRun run, Consumer<SpecOperationView> visitor) {
    this.run = run;
    this.visitor = visitor;
  }

  /** Hands each operation to {@code visitor}. */
  public static void walk(SpecRun run, Consumer<SpecOperationView> visitor) {
    new SpecWalker(run, visitor).walkRoot();
  }

  private void walkRoot() {
    SpecDocument doc = run.root();
    SpecObject root = doc.rootObject();
    walkPathItems(doc, root.object("paths"), "/paths");
    if (run.version() == SpecVersion.OPENAPI_3_1) {
      walkPathItems(doc, root.object("webhooks"), "/webhooks");
    }
  }

  private void walkPathItems(SpecDocument doc, SpecObject items, String pointer) {
    if (items == null) {
      return;
    }
    for (int i = 0; i < items.size(); i++) {
      String key = items.key(i);
      if (!key.startsWith("x-")) {
        pathItem(doc, items.value(i), JsonPointers.append(pointer, key), key, null, Set.of(), 0);
      }
    }
  }

  private void pathItem(SpecDocument doc, Object value, String pointer, String path, String component,
      Set<Object> enclosing, int depth) {
    RefResolver.Resolved resolved = run.deref(doc, value);
    if (resolved == null || !(resolved.value() instanceof SpecObject item) || enclosing.contains(item)) {
      return;
    }
    Set<String> ignores = new LinkedHashSet<>();
    if (resolved.viaRef()) {
      IgnoreList.read(run, doc, (SpecObject) value, ignores);
    }
    IgnoreList.read(run, resolved.document(), item, ignores);
    String itemComponent = resolved.viaRef() ? resolved.ref() : component;
    for (String method : METHODS) {
      int at = item.indexOf(method);
      if (at < 0 || !(item.value(at) instanceof SpecObject operation)) {
        continue;
      }
      if (++operations > MAX_OPERATIONS) {
        if (!overflowReported) {
          overflowReported = true;
          run.problem(doc.name(), -1, -1, "more than " + MAX_OPERATIONS
              + " operations (callbacks within callbacks?); the rest is not linted");
        }
        return;
      }
      String opPointer = JsonPointers.append(pointer, method);
      visitor.accept(new SpecOperationView(run, resolved.document(), item, at, path, opPointer, itemComponent,
          ignores));
      if (depth < run.limits().maxCallbackDepth()) {
        callbacks(resolved.document(), operation, opPointer, itemComponent, with(enclosing, item), depth + 1);
      }
    }
  }

  private void callbacks(SpecDocument doc, SpecObject operation, String opPointer, String component,
      Set<Object> enclosing, int depth) {
    SpecObject callbacks = operation.object("callbacks");
    if (callbacks == null) {
      return;
    }
    for (int i = 0; i < callbacks.size(); i++) {
      String name = callbacks.key(i);
      if (name.startsWith("x-")) {
        continue;
      }
      RefResolver.Resolved cb = run.deref(doc, callbacks.value(i));
      if (cb == null || !(cb.value() instanceof SpecObject expressions)) {
        continue;
      }
      String cbPointer = JsonPointers.append(JsonPointers.append(opPointer, "callbacks"), name);
      String cbComponent = cb.viaRef() ? cb.ref() : component;
      for (int e = 0; e < expressions.size(); e++) {
        String expression = expressions.key(e);
        if (!expression.startsWith("x-")) {
          pathItem(cb.document(), expressions.value(e), JsonPointers.append(cbPointer, expression), expression,
              cbComponent, enclosing, depth);
        }
      }
    }
  }

  private static Set<Object> with(Set<Object> set, Object item) {
    Set<Object> out = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    out.addAll(set);
    out.add(item);
    return out;
  }
}
