package io.statuslint.model;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

/**
 * Header fields in the order they were sent, looked up without regard to case (RFC 9110 §5.1).
 * Repeated fields are kept as separate entries. Immutable.
 */
public final class Headers implements Iterable<Map.Entry<String, String>> {

  private static final Headers EMPTY = new Headers(new String[0], new String[0]);

  private final String[] names;
  private final String[] values;

  private Headers(String[] names, String[] values) {
    this.names = names;
    this.values = values;
  }

  public static Headers empty() {
    return EMPTY;
  }

  /** Headers from alternating names and values: {@code of("Location", "/a", "Retry-After", "5")}. */
  public static Headers of(String... namesAndValues) {
    if (namesAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("names and values must come in pairs");
    }
    Builder b = builder();
    for (int i = 0; i < namesAndValues.length; i += 2) {
      b.add(namesAndValues[i], namesAndValues[i + 1]);
    }
    return b.build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public int size() {
    return names.length;
  }

  public boolean isEmpty() {
    return names.length == 0;
  }

  public String name(int index) {
    return names[index];
  }

  public String value(int index) {
    return values[index];
  }

  public boolean has(String name) {
    return indexOf(name) >= 0;
  }

  /** The first value of the field, or {@code null}. */
  public String first(String name) {
    int i = indexOf(name);
    return i < 0 ? null : values[i];
  }

  /** Every value of the field, in order. */
  public List<String> all(String name) {
    List<String> out = new ArrayList<>(2);
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        out.add(values[i]);
      }
    }
    return out;
  }

  private int indexOf(String name) {
    for (int i = 0; i < names.length; i++) {
      if (names[i].equalsIgnoreCase(name)) {
        return i;
      }
    }
    return -1;
  }

  @Override
  public Iterator<Map.Entry<String, String>> iterator() {
    return new Iterator<>() {
      private int next;

      @Override
      public boolean hasNext() {
        return next < names.length;
      }

      @Override
      public Map.Entry<String, String> next() {
        if (next >= names.length) {
          throw new NoSuchElementException();
        }
        int i = next++;
        return Map.entry(names[i], values[i]);
      }
    };
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Headers h && Arrays.equals(h.names, names) && Arrays.equals(h.values, values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(names) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder sb = new StringBuilder("{");
    for (int i = 0; i < names.length; i++) {
      if (i > 0) {
        sb.append(", ");
      }
      sb.append(names[i]).append(": ").append(values[i]);
    }
    return sb.append('}').toString();
  }

  /** Collects header fields in order. */
  public static final class Builder {
    private final List<String> names = new ArrayList<>();
    private final List<String> values = new ArrayList<>();

    public Builder add(String name, String value) {
      if (name == null || name.isEmpty()) {
        throw new IllegalArgumentException("a header field needs a name");
      }
      names.add(name);
      values.add(value == null ? "" : value);
      return this;
    }

    public Headers build() {
      if (names.isEmpty()) {
        return EMPTY;
      }
      return new Headers(names.toArray(new String[0]), values.toArray(new String[0]));
    }
  }
}
