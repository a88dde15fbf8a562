package io.statuslint.openapi.model;

/** RFC 6901 JSON pointers: building them for findings and following them for {@code $ref}s. */
public final class JsonPointers {

  private JsonPointers() {}

  /** {@code parent} + {@code /} + the escaped token ({@code ~} → {@code ~0}, {@code /} → {@code ~1}). */
  public static String append(String parent, String token) {
    if (token.indexOf('~') < 0 && token.indexOf('/') < 0) {
      return parent + "/" + token;
    }
    return parent + "/" + token.replace("~", "~0").replace("/", "~1");
  }

  /**
   * The value at {@code pointer} below {@code root}, or {@link #MISSING}. The pointer is already
   * percent-decoded (URI fragments are decoded by the caller).
   */
  public static Object follow(Object root, String pointer) {
    if (pointer.isEmpty()) {
      return root;
    }
    if (pointer.charAt(0) != '/') {
      return MISSING;
    }
    Object current = root;
    int start = 1;
    while (true) {
      int end = pointer.indexOf('/', start);
      String token = unescape(end < 0 ? pointer.substring(start) : pointer.substring(start, end));
      if (current instanceof SpecObject o) {
        int i = o.indexOf(token);
        if (i < 0) {
          return MISSING;
        }
        current = o.value(i);
      } else if (current instanceof SpecArray a) {
        int i = arrayIndex(token);
        if (i < 0 || i >= a.size()) {
          return MISSING;
        }
        current = a.get(i);
      } else {
        return MISSING;
      }
      if (end < 0) {
        return current;
      }
      start = end + 1;
    }
  }

  private static int arrayIndex(String token) {
    if (token.isEmpty() || token.length() > 9 || (token.length() > 1 && token.charAt(0) == '0')) {
      return -1;
    }
    for (int i = 0; i < token.length(); i++) {
      if (!Character.isDigit(token.charAt(i))) {
        return -1;
      }
    }
    return Integer.parseInt(token);
  }

  private static String unescape(String token) {
    if (token.indexOf('~') < 0) {
      return token;
    }
    return token.replace("~1", "/").replace("~0", "~");
  }

  /** The marker {@link #follow} returns when nothing is there (a JSON null is a value). */
  public static final Object MISSING = new Object() {
    @Override
    public String toString() {
      return "MISSING";
    }
  };
}
