package io.statuslint.detect;

/**
 * Reads the message members of a JSON error body in one forward pass over its characters, without
 * building a tree or tokenising members it does not need: nested values that are not messages are
 * skipped by counting brackets. It reads prefixes too (a truncated body yields what came before the
 * cut) and never fails: text that is not JSON yields nothing.
 *
 * <p>Members read, case-insensitively: see {@link ErrorMessageExtractor}.
 */
final class JsonMessageScanner {

  private static final String[] MESSAGE_MEMBERS = {"message", "msg", "detail", "title",
      "error_description", "errormessage", "error_message"};

  /** Thrown when the input ends (or stops being JSON) mid-value; carries no stack. */
  private static final class End extends RuntimeException {
    End() {
      super(null, null, false, false);
    }
  }

  private static final End END = new End();

  private final String s;
  private final int end;
  private final ErrorMessageExtractor.Segments out;
  private int i;

  private JsonMessageScanner(String s, int end, ErrorMessageExtractor.Segments out) {
    this.s = s;
    this.end = end;
    this.out = out;
  }

  /** Adds the message members of {@code json} (its first {@code limit} characters) to {@code out}. */
  static void scan(String json, int limit, ErrorMessageExtractor.Segments out) {
    JsonMessageScanner sc = new JsonMessageScanner(json, Math.min(json.length(), limit), out);
    try {
      char c = sc.peek();
      if (c == '"') {
        out.add(sc.readString());
      } else if (c == '{') {
        sc.readObject(true);
      } else if (c == '[') {
        sc.readFirstEntry();
      }
    } catch (End truncatedOrNotJson) {
      // Keep what was read before the cut.
    }
  }

  /** The next non-blank character, not consumed. */
  private char peek() {
    while (i < end) {
      char c = s.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\ufeff') {
        return c;
      }
      i++;
    }
    throw END;
  }

  private void expect(char c) {
    if (peek() != c) {
      throw END;
    }
    i++;
  }

  /**
   * Reads an object at {@code i}. At the top level, message members, {@code error} and
   * {@code errors} are read; inside, only message members.
   */
  private void readObject(boolean top) {
    expect('{');
    while (!out.full()) {
      char c = peek();
      if (c == '}') {
        i++;
        return;
      }
      if (c == ',') {
        i++;
        continue;
      }
      if (c != '"') {
        throw END;
      }
      int keyStart = i + 1;
      skipString();
      int keyEnd = i - 1;
      expect(':');
      char v = peek();
      boolean message = isMessageMember(keyStart, keyEnd);
      boolean error = top && is("error", keyStart, keyEnd);
      boolean errors = top && is("errors", keyStart, keyEnd);
      if (v == '"' && (message || error)) {
        out.add(readString());
      } else if (v == '{' && error) {
        readObject(false);
      } else if (v == '[' && top && (message || errors)) {
        // NestJS: "message": ["..."]; FastAPI: "detail": [{"msg": ...}]; "errors": [...]
        readFirstEntry();
      } else if (v == '{' && errors) {
        readFirstFieldError();
      } else {
        skipValue();
      }
    }
  }

  /** An array at {@code i}: its first entry (a string, or an object's message), then the rest skipped. */
  private void readFirstEntry() {
    expect('[');
    char c = peek();
    if (c == '"') {
      out.add(readString());
    } else if (c == '{') {
      readObject(false);
    } else if (c == ']') {
      i++;
      return;
    } else {
      skipValue();
    }
    skipRest(']');
  }

  /** {@code {"email": ["..."]}} (Laravel, ASP.NET): the first field's first message. */
  private void readFirstFieldError() {
    expect('{');
    if (peek() != '"') {
      skipRest('}');
      return;
    }
    skipString();
    expect(':');
    char v = peek();
    if (v == '"') {
      out.add(readString());
    } else if (v == '[') {
      readFirstEntry();
    } else {
      skipValue();
    }
    skipRest('}');
  }

  private boolean isMessageMember(int from, int to) {
    for (String m : MESSAGE_MEMBERS) {
      if (is(m, from, to)) {
        return true;
      }
    }
    return false;
  }

  private boolean is(String name, int from, int to) {
    return to - from == name.length() && s.regionMatches(true, from, name, 0, name.length());
  }

  private void skipValue() {
    char c = peek();
    if (c == '"') {
      skipString();
    } else if (c == '{' || c == '[') {
      i++;
      skipRest(c == '{' ? '}' : ']');
    } else {
      while (i < end) {
        c = s.charAt(i);
        if (c == ',' || c == '}' || c == ']' || c == ' ' || c == '\n' || c == '\r' || c == '\t') {
          return;
        }
        i++;
      }
      throw END;
    }
  }

  /** Skips to just past the bracket that closes the container {@code i} is inside. */
  private void skipRest(char close) {
    int depth = 1;
    while (i < end) {
      char c = s.charAt(i);
      if (c == '"') {
        skipString();
        continue;
      }
      if (c == '{' || c == '[') {
        depth++;
      } else if (c == '}' || c == ']') {
        depth--;
        if (depth == 0) {
          i++;
          return;
        }
      }
      i++;
    }
    throw END;
  }

  /** Skips the string at {@code i} (which is a quote); leaves {@code i} after its closing quote. */
  private void skipString() {
    i++;
    while (i < end) {
      char c = s.charAt(i++);
      if (c == '\\') {
        i++;
      } else if (c == '"') {
        return;
      }
    }
    throw END;
  }

  /** Reads the string at {@code i}, decoding escapes, keeping at most a segment's worth. */
  private String readString() {
    int start = ++i;
    StringBuilder sb = null;
    while (i < end) {
      char c = s.charAt(i);
      if (c == '"') {
        String r = sb == null ? s.substring(start, Math.min(i, start + ErrorMessageExtractor.MAX_SEGMENT))
            : sb.toString();
        i++;
        return r;
      }
      if (c == '\\') {
        if (sb == null) {
          sb = new StringBuilder(Math.min(i - start + 16, ErrorMessageExtractor.MAX_SEGMENT));
          sb.append(s, start, Math.min(i, start + ErrorMessageExtractor.MAX_SEGMENT));
        }
        if (i + 1 >= end) {
          throw END;
        }
        char e = s.charAt(i + 1);
        i += 2;
        char decoded;
        switch (e) {
          case 'n':
            decoded = '\n';
            break;
          case 't':
            decoded = '\t';
            break;
          case 'r':
            decoded = '\r';
            break;
          case 'b':
          case 'f':
            decoded = ' ';
            break;
          case 'u':
            if (i + 4 > end) {
              throw END;
            }
            try {
              decoded = (char) Integer.parseInt(s.substring(i, i + 4), 16);
            } catch (NumberFormatException notHex) {
              decoded = '?';
            }
            i += 4;
            break;
          default:
            decoded = e; // \" \\ \/
        }
        if (sb.length() < ErrorMessageExtractor.MAX_SEGMENT) {
          sb.append(decoded);
        }
        continue;
      }
      if (sb != null && sb.length() < ErrorMessageExtractor.MAX_SEGMENT) {
        sb.append(c);
      }
      i++;
    }
    throw END;
  }
}
