package io.statuslint.probe.endpoints;

import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.resolve.RefResolver;
import io.statuslint.openapi.walk.SpecOperationView;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A plausible value for each parameter of an operation, so that a path template becomes a path a
 * server can route: the parameter's own example, then its schema's example, default or first enum
 * value, and last a value of the schema's type and format (integer 1, a fixed UUID, "statuslint").
 */
final class ParameterValues {

  /** What a UUID-typed parameter gets: fixed, so runs are repeatable. */
  static final String UUID = "00000000-0000-4000-8000-000000000001";
  static final String TEXT = "statuslint";

  private ParameterValues() {}

  /** The parameters of {@code op} that are {@code in} the given place, by name, with their values. */
  static Map<String, String> of(SpecOperationView op, String in, boolean requiredOnly) {
    Map<String, String> out = new LinkedHashMap<>();
    // The path item's parameters first, so that the operation's own ones (same name and place) win.
    collect(op, op.document(), op.pathItem().get("parameters"), in, requiredOnly, out);
    collect(op, op.document(), op.node().get("parameters"), in, requiredOnly, out);
    return out;
  }

  private static void collect(SpecOperationView op, SpecDocument doc, Object list, String in,
      boolean requiredOnly, Map<String, String> out) {
    RefResolver.Resolved resolvedList = op.deref(doc, list);
    if (resolvedList == null || !(resolvedList.value() instanceof SpecArray params)) {
      return;
    }
    for (int i = 0; i < params.size(); i++) {
      RefResolver.Resolved r = op.deref(resolvedList.document(), params.get(i));
      if (r == null || !(r.value() instanceof SpecObject param) || !in.equals(param.text("in"))
          || param.text("name") == null) {
        continue;
      }
      if (requiredOnly && !Boolean.TRUE.equals(param.get("required"))) {
        continue;
      }
      out.put(param.text("name"), value(op, r.document(), param));
    }
  }

  /** The value of one Parameter Object (OpenAPI 3: a schema; Swagger 2: the type on the parameter). */
  static String value(SpecOperationView op, SpecDocument doc, SpecObject param) {
    String v = scalar(param.get("example"));
    if (v == null) {
      v = firstExample(op, doc, param.object("examples"));
    }
    if (v != null) {
      return v;
    }
    RefResolver.Resolved schema = op.deref(doc, param.get("schema"));
    if (schema != null && schema.value() instanceof SpecObject s) {
      return fromSchema(op, schema.document(), s, 0);
    }
    return fromSchema(op, doc, param, 0);
  }

  private static String fromSchema(SpecOperationView op, SpecDocument doc, SpecObject schema, int depth) {
    for (String key : new String[] {"example", "default"}) {
      String v = scalar(schema.get(key));
      if (v != null) {
        return v;
      }
    }
    for (String key : new String[] {"enum", "examples"}) {
      if (schema.get(key) instanceof SpecArray a && a.size() > 0 && scalar(a.get(0)) != null) {
        return scalar(a.get(0));
      }
    }
    if (depth < 5) {
      // allOf / oneOf / anyOf: the first branch that gives something.
      for (String key : new String[] {"allOf", "oneOf", "anyOf"}) {
        if (schema.get(key) instanceof SpecArray a) {
          for (int i = 0; i < a.size(); i++) {
            RefResolver.Resolved r = op.deref(doc, a.get(i));
            if (r != null && r.value() instanceof SpecObject branch) {
              String v = fromSchema(op, r.document(), branch, depth + 1);
              if (v != null && !v.equals(TEXT)) {
                return v;
              }
            }
          }
        }
      }
    }
    return byType(type(schema), schema.text("format"));
  }

  private static String type(SpecObject schema) {
    Object t = schema.get("type");
    if (t instanceof SpecArray a) {
      // OpenAPI 3.1: type: [integer, "null"]; the first that is not null.
      for (int i = 0; i < a.size(); i++) {
        if (a.get(i) instanceof String s && !s.equals("null")) {
          return s;
        }
      }
      return null;
    }
    return t instanceof String s ? s : null;
  }

  static String byType(String type, String format) {
    String f = format == null ? "" : format.toLowerCase(Locale.ROOT);
    if ("integer".equals(type) || "number".equals(type)) {
      return "1";
    }
    if ("boolean".equals(type)) {
      return "true";
    }
    return switch (f) {
      case "uuid" -> UUID;
      case "date" -> "2024-01-01";
      case "date-time" -> "2024-01-01T00:00:00Z";
      case "email" -> "statuslint@example.com";
      case "int32", "int64" -> "1";
      default -> TEXT;
    };
  }

  private static String firstExample(SpecOperationView op, SpecDocument doc, SpecObject examples) {
    if (examples == null || examples.isEmpty()) {
      return null;
    }
    RefResolver.Resolved r = op.deref(doc, examples.value(0));
    return r != null && r.value() instanceof SpecObject ex ? scalar(ex.get("value")) : null;
  }

  /** A string, number or boolean as text; {@code null} for anything else (objects, arrays, null). */
  static String scalar(Object v) {
    if (v instanceof String s) {
      return s;
    }
    if (v instanceof BigDecimal d) {
      return d.toPlainString();
    }
    if (v instanceof Number || v instanceof Boolean) {
      return v.toString();
    }
    return null;
  }

  /** A value as one path segment: everything but unreserved characters percent-encoded. */
  static String segment(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
  }
}
