package io.statuslint.openapi.parse;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.statuslint.openapi.model.SpecArray;
import io.statuslint.openapi.model.SpecObject;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Turns a Jackson token stream into the spec tree, keeping the position of every member name.
 * Iterative (an explicit stack, no recursion), so a deeply nested document ends in a clear error at
 * {@code maxDepth} instead of a stack overflow. Member names and short string values are shared
 * through one table: specs repeat {@code "type": "string"} hundreds of thousands of times.
 */
abstract class TreeBuilder {

  private static final int SHARE_UP_TO = 24;

  private final String source;
  private final int maxDepth;
  private final Map<String, String> shared = new HashMap<>(4096);

  TreeBuilder(String source, int maxDepth) {
    this.source = source;
    this.maxDepth = maxDepth;
  }

  /** The current token's 1-based line and column, packed as {@code line << 32 | column}. */
  abstract long tokenPosition(JsonParser p);

  static long pack(int line, int column) {
    return ((long) line << 32) | (column & 0xffffffffL);
  }

  private static int line(long position) {
    return (int) (position >>> 32);
  }

  private static int column(long position) {
    return (int) position;
  }

  /** The YAML anchor declared on the current token, or {@code null}. */
  String anchor(JsonParser p) throws IOException {
    return null;
  }

  /** Whether the current string token is a YAML alias ({@code *name}). */
  boolean isAlias(JsonParser p) {
    return false;
  }

  /** Reads one document; the parser is positioned before its first token. */
  Object build(JsonParser p) throws IOException {
    JsonToken t = p.nextToken();
    if (t == null) {
      throw new SpecReadException(source, 1, 1, "the document is empty");
    }
    Map<String, Object> anchors = null;
    List<Frame> stack = new ArrayList<>();
    while (true) {
      Object value;
      String anchor = null;
      switch (t) {
        case FIELD_NAME: {
          Frame f = stack.get(stack.size() - 1);
          f.key = share(p.currentName());
          long at = tokenPosition(p);
          f.keyLine = line(at);
          f.keyColumn = column(at);
          t = p.nextToken();
          continue;
        }
        case START_OBJECT:
        case START_ARRAY: {
          long at = tokenPosition(p);
          if (stack.size() >= maxDepth) {
            throw new SpecReadException(source, line(at), column(at), "nested more than " + maxDepth + " levels deep");
          }
          Frame f = new Frame(t == JsonToken.START_OBJECT
              ? new SpecObject(line(at), column(at)) : new SpecArray(line(at), column(at)));
          f.anchor = anchor(p);
          stack.add(f);
          t = p.nextToken();
          continue;
        }
        case END_OBJECT:
        case END_ARRAY: {
          Frame f = stack.remove(stack.size() - 1);
          if (f.container instanceof SpecObject o) {
            f.applyMerges(o);
            o.trimToSize();
          } else {
            ((SpecArray) f.container).trimToSize();
          }
          value = f.container;
          anchor = f.anchor;
          break;
        }
        case VALUE_STRING:
          if (isAlias(p)) {
            String name = p.getText();
            if (anchors == null || !anchors.containsKey(name)) {
              long at = tokenPosition(p);
              throw new SpecReadException(source, line(at), column(at),
                  "the YAML alias *" + name + " refers to no anchor defined before it");
            }
            value = anchors.get(name);
          } else {
            String s = p.getText();
            value = s.length() <= SHARE_UP_TO ? share(s) : s;
            anchor = anchor(p);
          }
          break;
        case VALUE_NUMBER_INT:
        case VALUE_NUMBER_FLOAT:
          value = numberValue(p);
          anchor = anchor(p);
          break;
        case VALUE_TRUE:
          value = Boolean.TRUE;
          anchor = anchor(p);
          break;
        case VALUE_FALSE:
          value = Boolean.FALSE;
          anchor = anchor(p);
          break;
        case VALUE_EMBEDDED_OBJECT:
          // YAML !!binary: no rule reads binary content; keep a placeholder.
          value = "";
          break;
        default:
          value = null;
          anchor = anchor(p);
          break;
      }
      if (anchor != null) {
        if (anchors == null) {
          anchors = new HashMap<>();
        }
        anchors.put(anchor, value);
      }
      if (stack.isEmpty()) {
        return value;
      }
      Frame top = stack.get(stack.size() - 1);
      if (top.container instanceof SpecObject o) {
        if (top.key.equals("<<") && mergesKeys()) {
          top.addMerge(value);
        } else {
          o.put(top.key, value, top.keyLine, top.keyColumn);
        }
      } else {
        ((SpecArray) top.container).add(value);
      }
      t = p.nextToken();
      if (t == null) {
        throw new SpecReadException(source, -1, -1, "the document ends in the middle of a value");
      }
    }
  }

  /** YAML 1.1 merge keys ({@code <<: *base}); JSON has none. */
  boolean mergesKeys() {
    return false;
  }

  private Object numberValue(JsonParser p) throws IOException {
    try {
      return p.getNumberValue();
    } catch (IOException | RuntimeException e) {
      // A number too large for its type is still a number; rules never compute with it.
      return p.getText();
    }
  }

  private String share(String s) {
    String prior = shared.putIfAbsent(s, s);
    return prior == null ? s : prior;
  }

  private static final class Frame {
    final Object container;
    String key;
    int keyLine;
    int keyColumn;
    String anchor;
    List<Object> merges;

    Frame(Object container) {
      this.container = container;
    }

    void addMerge(Object value) {
      if (merges == null) {
        merges = new ArrayList<>(1);
      }
      merges.add(value);
    }

    /** Members of merged mappings fill in names the mapping does not set itself (YAML merge). */
    void applyMerges(SpecObject target) {
      if (merges == null) {
        return;
      }
      for (Object m : merges) {
        if (m instanceof SpecObject src) {
          mergeFrom(target, src);
        } else if (m instanceof SpecArray list) {
          for (int i = 0; i < list.size(); i++) {
            if (list.get(i) instanceof SpecObject src) {
              mergeFrom(target, src);
            }
          }
        }
      }
    }

    private static void mergeFrom(SpecObject target, SpecObject src) {
      for (int i = 0; i < src.size(); i++) {
        if (!target.has(src.key(i))) {
          target.put(src.key(i), src.value(i), src.keyLine(i), src.keyColumn(i));
        }
      }
    }
  }
}
