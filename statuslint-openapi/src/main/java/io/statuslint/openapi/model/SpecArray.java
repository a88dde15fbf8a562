package io.statuslint.openapi.model;

import java.util.Arrays;

/** A JSON/YAML sequence; items are values as described in {@link SpecObject}. */
public final class SpecArray {

  private final int line;
  private final int column;
  private Object[] items;
  private int size;

  public SpecArray(int line, int column) {
    this.line = line;
    this.column = column;
    this.items = new Object[4];
  }

  public void add(Object item) {
    if (size == items.length) {
      items = Arrays.copyOf(items, size * 2);
    }
    items[size++] = item;
  }

  /** Releases unused capacity once the value is complete. */
  public void trimToSize() {
    if (items.length != size) {
      items = Arrays.copyOf(items, size);
    }
  }

  public int line() {
    return line;
  }

  public int column() {
    return column;
  }

  public int size() {
    return size;
  }

  public Object get(int i) {
    return items[i];
  }

  @Override
  public String toString() {
    return "SpecArray[" + size + "]@" + line + ":" + column;
  }
}
