package io.statuslint.openapi.model;

import java.util.HashMap;
import java.util.Map;

/**
 * A JSON/YAML mapping that remembers where each member name was written. Values are plain Java
 * objects: {@link SpecObject}, {@link SpecArray}, {@link String}, {@link Number}, {@link Boolean}, or
 * {@code null}. Scalars carry no position of their own: findings point at member names (a response
 * code, a method, a {@code $ref}), so keeping positions only there keeps a 13 MB spec's tree small.
 *
 * <p>Members keep document order. A duplicated name keeps the last value, as JSON parsers do.
 */
public final class SpecObject {

  private static final int INDEX_FROM = 12;

  private final int line;
  private final int column;
  private String[] keys;
  private Object[] values;
  /** Line and column of each member name, interleaved. */
  private int[] positions;
  private int size;
  private Map<String, Integer> index;

  public SpecObject(int line, int column) {
    this(line, column, 4);
  }

  SpecObject(int line, int column, int capacity) {
    this.line = line;
    this.column = column;
    this.keys = new String[capacity];
    this.values = new Object[capacity];
    this.positions = new int[capacity * 2];
  }

  /** Adds a member, or replaces the value of an existing one (keeping its first position). */
  public void put(String key, Object value, int keyLine, int keyColumn) {
    int existing = indexOf(key);
    if (existing >= 0) {
      values[existing] = value;
      return;
    }
    if (size == keys.length) {
      int cap = Math.max(4, size * 2);
      keys = java.util.Arrays.copyOf(keys, cap);
      values = java.util.Arrays.copyOf(values, cap);
      positions = java.util.Arrays.copyOf(positions, cap * 2);
    }
    keys[size] = key;
    values[size] = value;
    positions[2 * size] = keyLine;
    positions[2 * size + 1] = keyColumn;
    if (index != null) {
      index.put(key, size);
    }
    size++;
    if (index == null && size > INDEX_FROM) {
      index = new HashMap<>(size * 2);
      for (int i = 0; i < size; i++) {
        index.put(keys[i], i);
      }
    }
  }

  /** Releases unused capacity once the value is complete. */
  public void trimToSize() {
    if (keys.length != size) {
      keys = java.util.Arrays.copyOf(keys, size);
      values = java.util.Arrays.copyOf(values, size);
      positions = java.util.Arrays.copyOf(positions, size * 2);
    }
  }

  /** 1-based line of the object's first token ({@code {} in JSON, the first member in block YAML). */
  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public int size() {
    return size;
  }

  public boolean isEmpty() {
    return size == 0;
  }

  public String key(int i) {
    return keys[i];
  }

  public Object value(int i) {
    return values[i];
  }

  /** 1-based line of member {@code i}'s name. */
  public int keyLine(int i) {
    return positions[2 * i];
  }

  /** 1-based column of member {@code i}'s name (its opening quote in JSON). */
  public int keyColumn(int i) {
    return positions[2 * i + 1];
  }

  public int indexOf(String key) {
    if (index != null) {
      Integer i = index.get(key);
      return i == null ? -1 : i;
    }
    for (int i = 0; i < size; i++) {
      if (keys[i].equals(key)) {
        return i;
      }
    }
    return -1;
  }

  public boolean has(String key) {
    return indexOf(key) >= 0;
  }

  /** The value of member {@code key}; {@code null} when it is missing or null. */
  public Object get(String key) {
    int i = indexOf(key);
    return i < 0 ? null : values[i];
  }

  public SpecObject object(String key) {
    return get(key) instanceof SpecObject o ? o : null;
  }

  public SpecArray array(String key) {
    return get(key) instanceof SpecArray a ? a : null;
  }

  /** The member as text when it is a scalar (numbers and booleans too), else {@code null}. */
  public String text(String key) {
    Object v = get(key);
    return v instanceof String || v instanceof Number || v instanceof Boolean ? v.toString() : null;
  }

  @Override
  public String toString() {
    return "SpecObject" + java.util.Arrays.toString(java.util.Arrays.copyOf(keys, size)) + "@" + line + ":" + column;
  }
}
