package io.statuslint.openapi.walk;

import io.statuslint.detect.JsonMember;
import io.statuslint.model.MediaTypes;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.resolve.RefResolver;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a response's schema says about its body when there is no example: its top-level properties
 * (with the value where {@code const} or a one-value {@code enum} pins it), and whether the same
 * schema also describes one of the operation's error responses. The body rules judge these through
 * {@link io.statuslint.detect.DeclaredBody}.
 */
final class DeclaredSchemas {

  private static final int MAX_ALL_OF_DEPTH = 8;

  private DeclaredSchemas() {}

  /** The schema beside the view's media type (OpenAPI 3), or the response's (Swagger 2.0). */
  static Located schemaOf(SpecResponseView view) {
    SpecObject response = view.node();
    if (response == null) {
      return null;
    }
    SpecRun run = view.operation().run();
    if (run.version().isSwagger2()) {
      return located(run, view.document(), response.get("schema"));
    }
    SpecObject content = run.derefObject(view.document(), response.get("content"));
    if (content == null) {
      return null;
    }
    String wanted = view.mediaType();
    for (int i = 0; i < content.size(); i++) {
      if (wanted == null || wanted.equals(MediaTypes.essence(content.key(i)))) {
        return content.value(i) instanceof SpecObject mt ? located(run, view.document(), mt.get("schema")) : null;
      }
    }
    return null;
  }

  /** A schema and the document its own {@code $ref}s resolve in. */
  record Located(SpecDocument document, SpecObject schema) {}

  private static Located located(SpecRun run, SpecDocument doc, Object value) {
    RefResolver.Resolved r = value == null ? null : run.deref(doc, value);
    return r != null && r.value() instanceof SpecObject o ? new Located(r.document(), o) : null;
  }

  static List<JsonMember> members(SpecRun run, Located schema) {
    if (schema == null) {
      return List.of();
    }
    Map<String, JsonMember> out = new LinkedHashMap<>();
    collect(run, schema, out, 0, Collections.newSetFromMap(new IdentityHashMap<>()));
    return List.copyOf(out.values());
  }

  private static void collect(SpecRun run, Located at, Map<String, JsonMember> out, int depth, Set<Object> seen) {
    if (depth > MAX_ALL_OF_DEPTH || !seen.add(at.schema())) {
      return;
    }
    SpecObject properties = at.schema().object("properties");
    if (properties != null) {
      for (int i = 0; i < properties.size(); i++) {
        Located p = located(run, at.document(), properties.value(i));
        JsonMember m = p == null ? null : member(properties.key(i), p.schema());
        if (m != null) {
          out.putIfAbsent(m.name(), m);
        }
      }
    }
    SpecArray allOf = at.schema().array("allOf");
    if (allOf != null) {
      for (int i = 0; i < allOf.size(); i++) {
        Located part = located(run, at.document(), allOf.get(i));
        if (part != null) {
          collect(run, part, out, depth + 1, seen);
        }
      }
    }
  }

  /** A property as a member; {@code null} when its type cannot be told (no guessing). */
  static JsonMember member(String name, SpecObject property) {
    boolean pinned = property.has("const");
    Object value = property.get("const");
    SpecArray values = property.array("enum");
    if (!pinned && values != null && values.size() == 1) {
      pinned = true;
      value = values.get(0);
    }
    JsonMember.Kind kind = kindOf(property, pinned, value);
    if (kind == null) {
      return null;
    }
    if (!pinned || kind == JsonMember.Kind.OBJECT || kind == JsonMember.Kind.ARRAY) {
      return JsonMember.declared(name, kind);
    }
    if (value == null) {
      return JsonMember.of(name, JsonMember.Kind.NULL, null, true);
    }
    String text = value.toString();
    if (text.length() > JsonMember.MAX_VALUE_CHARS) {
      text = text.substring(0, JsonMember.MAX_VALUE_CHARS);
    }
    return JsonMember.of(name, kind, text, text.isEmpty());
  }

  private static JsonMember.Kind kindOf(SpecObject property, boolean pinned, Object value) {
    Object type = property.get("type");
    String t = type instanceof String s ? s : null;
    if (type instanceof SpecArray types) { // 3.1: ["string", "null"]
      for (int i = 0; i < types.size() && t == null; i++) {
        if (types.get(i) instanceof String s && !s.equals("null")) {
          t = s;
        }
      }
    }
    if (t != null) {
      switch (t) {
        case "string":
          return JsonMember.Kind.STRING;
        case "integer":
          return JsonMember.Kind.INTEGER;
        case "number":
          return value instanceof Integer || value instanceof Long ? JsonMember.Kind.INTEGER : JsonMember.Kind.DECIMAL;
        case "boolean":
          return JsonMember.Kind.BOOLEAN;
        case "object":
          return JsonMember.Kind.OBJECT;
        case "array":
          return JsonMember.Kind.ARRAY;
        case "null":
          return JsonMember.Kind.NULL;
        default:
          return null;
      }
    }
    if (pinned) {
      if (value == null) {
        return JsonMember.Kind.NULL;
      }
      if (value instanceof String) {
        return JsonMember.Kind.STRING;
      }
      if (value instanceof Boolean) {
        return JsonMember.Kind.BOOLEAN;
      }
      if (value instanceof Integer || value instanceof Long || value instanceof java.math.BigInteger) {
        return JsonMember.Kind.INTEGER;
      }
      return value instanceof Number ? JsonMember.Kind.DECIMAL : null;
    }
    if (property.has("properties")) {
      return JsonMember.Kind.OBJECT;
    }
    return property.has("items") ? JsonMember.Kind.ARRAY : null;
  }

  /** Whether one of this response's schemas is also one of the operation's 4xx/5xx schemas. */
  static boolean sharedWithError(SpecResponseView view) {
    List<SpecObject> mine = allSchemas(view);
    if (mine.isEmpty()) {
      return false;
    }
    for (SpecResponseView other : view.operation().responses()) {
      if (other == view || !isError(other)) {
        continue;
      }
      for (SpecObject theirs : allSchemas(other)) {
        for (SpecObject s : mine) {
          if (s == theirs && describesSomething(s)) {
            return true;
          }
        }
      }
    }
    return false;
  }

  private static boolean isError(SpecResponseView r) {
    StatusKey k = r.key();
    return k.kind() == StatusKey.Kind.DEFAULT
        || (k.kind() != StatusKey.Kind.INVALID && k.status() >= 400 && k.status() <= 599);
  }

  /** A schema shared by a success and an error says something only if it has members to share. */
  private static boolean describesSomething(SpecObject schema) {
    return schema.has("properties") || schema.has("allOf") || schema.has("oneOf") || schema.has("anyOf");
  }

  private static List<SpecObject> allSchemas(SpecResponseView view) {
    SpecObject response = view.node();
    if (response == null) {
      return List.of();
    }
    SpecRun run = view.operation().run();
    List<SpecObject> out = new ArrayList<>(2);
    if (run.version().isSwagger2()) {
      Located l = located(run, view.document(), response.get("schema"));
      if (l != null) {
        out.add(l.schema());
      }
      return out;
    }
    SpecObject content = run.derefObject(view.document(), response.get("content"));
    for (int i = 0; content != null && i < content.size(); i++) {
      if (content.value(i) instanceof SpecObject mt) {
        Located l = located(run, view.document(), mt.get("schema"));
        if (l != null) {
          out.add(l.schema());
        }
      }
    }
    return out;
  }
}
