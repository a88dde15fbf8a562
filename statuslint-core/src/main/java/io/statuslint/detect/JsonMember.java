package io.statuslint.detect;

import io.statuslint.rule.Fact;
import java.util.Locale;

/**
 * One top-level member of a JSON object, as far as it is known. It comes from a recorded body
 * ({@link JsonBody}) or, on the spec side, from a schema property; the detectors judge both alike.
 *
 * @param name the member name, as written (JSON names are case-sensitive)
 * @param kind the JSON type of the value
 * @param value a string's value (cut to {@link #MAX_VALUE_CHARS}), a number's literal, or
 *     {@code "true"}/{@code "false"}; {@code null} for containers, JSON null, and values that are
 *     not known (a schema property without {@code const})
 * @param content whether the value carries anything: {@link Fact#ABSENT} for null, {@code ""},
 *     {@code []} and {@code {}}; {@link Fact#UNKNOWN} when the value is not known
 */
public record JsonMember(String name, Kind kind, String value, Fact content) {

  public static final int MAX_VALUE_CHARS = 512;

  /** The JSON type of a value; numbers are split so "status is an integer" is a type question. */
  public enum Kind {
    STRING,
    INTEGER,
    DECIMAL,
    BOOLEAN,
    NULL,
    OBJECT,
    ARRAY
  }

  /** A member whose value is known. */
  public static JsonMember of(String name, Kind kind, String value, boolean empty) {
    return new JsonMember(name, kind, value, empty ? Fact.ABSENT : Fact.PRESENT);
  }

  /** A declared member whose type is known but whose value is not (a schema property). */
  public static JsonMember declared(String name, Kind kind) {
    return new JsonMember(name, kind, null, Fact.UNKNOWN);
  }

  public boolean isString() {
    return kind == Kind.STRING;
  }

  public boolean isNumber() {
    return kind == Kind.INTEGER || kind == Kind.DECIMAL;
  }

  public boolean isNull() {
    return kind == Kind.NULL;
  }

  public boolean isFalse() {
    return kind == Kind.BOOLEAN && "false".equals(value);
  }

  public boolean isTrue() {
    return kind == Kind.BOOLEAN && "true".equals(value);
  }

  /** The integer value, or {@code null} when the member is no integer that fits an int. */
  public Integer intValue() {
    if (kind != Kind.INTEGER || value == null || value.length() > 9) {
      return null;
    }
    try {
      return Integer.parseInt(value);
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** The name in the form vocabularies use: lower case, without {@code _} and {@code -}. */
  public String normalisedName() {
    return normalise(name);
  }

  /** {@code "status_code"}, {@code "statusCode"} and {@code "Status-Code"} all become {@code "statuscode"}. */
  public static String normalise(String name) {
    StringBuilder sb = null;
    for (int i = 0; i < name.length(); i++) {
      char c = name.charAt(i);
      boolean drop = c == '_' || c == '-';
      boolean upper = c >= 'A' && c <= 'Z';
      if ((drop || upper || c > 127) && sb == null) {
        sb = new StringBuilder(name.length()).append(name, 0, i);
      }
      if (sb != null && !drop) {
        sb.append(c > 127 ? Character.toLowerCase(c) : upper ? (char) (c + 32) : c);
      }
    }
    return sb == null ? name : sb.toString();
  }

  /** A short JSON-like quote for evidence: {@code "ok": false}. */
  public String quote() {
    String v;
    switch (kind) {
      case STRING:
        v = value == null ? "\"…\"" : "\"" + shorten(value) + "\"";
        break;
      case OBJECT:
        v = content == Fact.ABSENT ? "{}" : "{…}";
        break;
      case ARRAY:
        v = content == Fact.ABSENT ? "[]" : "[…]";
        break;
      case NULL:
        v = "null";
        break;
      default:
        v = value == null ? kind.name().toLowerCase(Locale.ROOT) : value;
    }
    return "\"" + name + "\": " + v;
  }

  private static String shorten(String s) {
    return s.length() <= 80 ? s : s.substring(0, 79) + "…";
  }
}
