package io.statuslint.openapi.walk;

import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecObject;

/**
 * Writes an example value as compact JSON, stopping at a length cap. The cap is what keeps a YAML
 * alias bomb harmless here: shared nodes would otherwise be written out exponentially often.
 */
final class ExampleJson {

  private ExampleJson() {}

  /** Appends {@code value}; returns false when the cap cut it short. */
  static boolean write(Object value, StringBuilder out, int cap) {
    try {
      append(value, out, cap, 0);
      return true;
    } catch (Full e) {
      out.setLength(Math.min(out.length(), cap));
      return false;
    }
  }

  private static void append(Object value, StringBuilder out, int cap, int depth) {
    if (out.length() > cap || depth > 200) {
      throw Full.INSTANCE;
    }
    if (value instanceof SpecObject o) {
      out.append('{');
      for (int i = 0; i < o.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        string(o.key(i), out, cap);
        out.append(':');
        append(o.value(i), out, cap, depth + 1);
      }
      out.append('}');
    } else if (value instanceof SpecArray a) {
      out.append('[');
      for (int i = 0; i < a.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        append(a.get(i), out, cap, depth + 1);
      }
      out.append(']');
    } else if (value instanceof String s) {
      string(s, out, cap);
    } else if (value instanceof Number || value instanceof Boolean) {
      out.append(value);
    } else {
      out.append("null");
    }
  }

  private static void string(String s, StringBuilder out, int cap) {
    out.append('"');
    for (int i = 0; i < s.length(); i++) {
      if (out.length() > cap) {
        throw Full.INSTANCE;
      }
      char c = s.charAt(i);
      switch (c) {
        case '"' -> out.append("\\\"");
        case '\\' -> out.append("\\\\");
        case '\n' -> out.append("\\n");
        case '\r' -> out.append("\\r");
        case '\t' -> out.append("\\t");
        default -> {
          if (c < 0x20) {
            out.append(String.format("\\u%04x", (int) c));
          } else {
            out.append(c);
          }
        }
      }
    }
    out.append('"');
  }

  /** Thrown (without a stack trace) when the output reached the cap. */
  private static final class Full extends RuntimeException {
    private static final long serialVersionUID = 1L;
    static final Full INSTANCE = new Full();

    private Full() {
      super(null, null, false, false);
    }
  }
}
