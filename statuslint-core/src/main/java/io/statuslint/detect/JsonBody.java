package io.statuslint.detect;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import io.statuslint.model.Body;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * The top level of a JSON body, read once and cheaply: member names, the JSON type of each value,
 * scalar values, and whether containers are empty. Nested values are skipped, never built.
 *
 * <p>Bounded: only the first {@link #MAX_CHARS} characters are read. A body the recorder truncated,
 * or one longer than that, is a prefix; a prefix that breaks off is {@link Outcome#CUT_OBJECT}, never
 * "not JSON" (RULES.md, "Bodies"), and a number that touches the end of a prefix is not trusted (the
 * next digit may have been cut).
 *
 * <p>Two ways in: {@link #scan} streams members to a visitor that may stop early (the hot path for
 * 2xx bodies), and {@link #of} reads the whole top level, checks that a complete body is valid JSON,
 * and remembers the last body read on the calling thread, so several rules judging one response
 * share one parse without any state on the shared {@link Body}.
 */
public final class JsonBody {

  /** How much of a body is read at most, in characters. */
  public static final int MAX_CHARS = 64 * 1024;
  /** How much of a body {@link #scan} reads first, hoping the visitor stops within it. */
  private static final int FIRST_LOOK_CHARS = 512;

  private static final JsonFactory FACTORY = JsonFactory.builder().build();

  /** What the body turned out to be. */
  public enum Outcome {
    /** A JSON object, read to its end. */
    OBJECT,
    /** A JSON object whose reading the visitor stopped. */
    STOPPED,
    /** A prefix of a JSON object (truncated or over the cap): members before the cut are known. */
    CUT_OBJECT,
    /** A JSON array, or a prefix that starts one. */
    ARRAY,
    /** A JSON string, number, {@code true}, {@code false} or {@code null}. */
    SCALAR,
    /** A complete body that is not valid JSON. */
    NOT_JSON,
    /** A prefix that starts with neither an object nor an array: what it is cannot be told. */
    UNKNOWN_PREFIX,
    /** Nothing but whitespace. */
    EMPTY,
    /** The body is unknown or absent. */
    UNREADABLE;

    /** Whether the body is (or starts as) a JSON object. */
    public boolean isObject() {
      return this == OBJECT || this == STOPPED || this == CUT_OBJECT;
    }

    /** Whether the body is known not to be a JSON object. */
    public boolean isKnownNotObject() {
      return this == ARRAY || this == SCALAR || this == NOT_JSON || this == EMPTY;
    }
  }

  /** Receives top-level members in order. */
  @FunctionalInterface
  public interface MemberVisitor {
    /** Returns {@code false} to stop reading. */
    boolean visit(JsonMember member);
  }

  private final Outcome outcome;
  private final List<JsonMember> members;

  private JsonBody(Outcome outcome, List<JsonMember> members) {
    this.outcome = outcome;
    this.members = members;
  }

  /**
   * The whole top level of {@code body}. Rules that judge one response share a read through
   * {@code ResponseView.derived} (see {@link ProblemDetails#of}), not through a cache here.
   */
  public static JsonBody of(Body body) {
    List<JsonMember> found = new ArrayList<>();
    Outcome outcome = read(body, m -> {
      found.add(m);
      return true;
    }, true);
    return new JsonBody(outcome, Collections.unmodifiableList(found));
  }

  /**
   * Streams the top-level members of {@code body} to {@code visitor} until it returns false. Cheap:
   * arrays and scalars are recognised by their first character and not validated.
   */
  public static Outcome scan(Body body, MemberVisitor visitor) {
    return read(body, visitor, false);
  }

  public Outcome outcome() {
    return outcome;
  }

  /** The members read, in order (those before the cut, for a cut object). */
  public List<JsonMember> members() {
    return members;
  }

  /** The member with exactly this name (JSON names are case-sensitive), or {@code null}. */
  public JsonMember member(String name) {
    for (JsonMember m : members) {
      if (m.name().equals(name)) {
        return m;
      }
    }
    return null;
  }

  /** Where a JSON body's first significant character is, past a byte-order mark and whitespace. */
  static int firstSignificant(String text, int limit) {
    int i = 0;
    while (i < limit) {
      char c = text.charAt(i);
      if (c != ' ' && c != '\n' && c != '\r' && c != '\t' && c != '\uFEFF') {
        return i;
      }
      i++;
    }
    return limit;
  }

  private static Outcome read(Body body, MemberVisitor visitor, boolean thorough) {
    if (body == null || !body.isReadable()) {
      return Outcome.UNREADABLE;
    }
    if (thorough) {
      return read(body.textPrefix(MAX_CHARS + 1), body, visitor, true, false);
    }
    // Most visitors settle on the first members (a resource's "id"), so a short prefix is read first
    // and the rest of a large body is neither decoded nor parsed. A stop there is the answer: the
    // visitor saw exactly the members a whole read shows first. Otherwise the whole is read, and the
    // members already shown are not shown again.
    String start = body.textPrefix(FIRST_LOOK_CHARS + 1);
    if (start.length() <= FIRST_LOOK_CHARS) {
      return read(start, body, visitor, false, false);
    }
    CountingVisitor counted = new CountingVisitor(visitor, 0);
    if (read(start, body, counted, false, true) == Outcome.STOPPED) {
      return Outcome.STOPPED;
    }
    return read(body.textPrefix(MAX_CHARS + 1), body, new CountingVisitor(visitor, counted.shown), false, false);
  }

  /** @param firstLook whether {@code text} is a short first look at a longer body (so it is cut) */
  private static Outcome read(String text, Body body, MemberVisitor visitor, boolean thorough,
      boolean firstLook) {
    boolean cut = firstLook || body.state() == Body.State.TRUNCATED || text.length() > MAX_CHARS;
    int limit = Math.min(text.length(), firstLook ? FIRST_LOOK_CHARS : MAX_CHARS);
    int start = firstSignificant(text, limit);
    if (start >= limit) {
      return cut ? Outcome.UNKNOWN_PREFIX : Outcome.EMPTY;
    }
    char first = text.charAt(start);
    if (first == '{') {
      return readObject(text, start, limit, cut, visitor, thorough);
    }
    if (first == '[') {
      return cut || !thorough || validJson(text, start, limit) ? Outcome.ARRAY : Outcome.NOT_JSON;
    }
    if (cut) {
      return Outcome.UNKNOWN_PREFIX;
    }
    if (!startsLikeScalar(first)) {
      return Outcome.NOT_JSON;
    }
    return !thorough || validJson(text, start, limit) ? Outcome.SCALAR : Outcome.NOT_JSON;
  }

  /** Passes members on, except the first {@code skip} (shown already), and counts what it showed. */
  private static final class CountingVisitor implements MemberVisitor {
    private final MemberVisitor visitor;
    private int skip;
    private int shown;

    CountingVisitor(MemberVisitor visitor, int skip) {
      this.visitor = visitor;
      this.skip = skip;
    }

    @Override
    public boolean visit(JsonMember member) {
      if (skip > 0) {
        skip--;
        return true;
      }
      shown++;
      return visitor.visit(member);
    }
  }

  private static boolean startsLikeScalar(char c) {
    return c == '"' || c == '-' || (c >= '0' && c <= '9') || c == 't' || c == 'f' || c == 'n';
  }

  private static Outcome readObject(String text, int start, int limit, boolean cut, MemberVisitor visitor,
      boolean thorough) {
    int end = limit - start;
    try (JsonParser p = FACTORY.createParser(new PrefixReader(text, start, limit))) {
      p.nextToken(); // START_OBJECT
      JsonToken t;
      while ((t = p.nextToken()) == JsonToken.FIELD_NAME) {
        String name = p.currentName();
        JsonToken v = p.nextToken();
        if (v == null) {
          return cut ? Outcome.CUT_OBJECT : Outcome.NOT_JSON;
        }
        JsonMember member;
        switch (v) {
          case START_OBJECT:
          case START_ARRAY: {
            JsonToken inner = p.nextToken();
            boolean empty = inner == JsonToken.END_OBJECT || inner == JsonToken.END_ARRAY;
            member = JsonMember.of(name, v == JsonToken.START_OBJECT ? JsonMember.Kind.OBJECT
                : JsonMember.Kind.ARRAY, null, empty);
            if (!visitor.visit(member)) {
              return Outcome.STOPPED;
            }
            if (!empty) {
              skipRest(p, inner);
            }
            continue;
          }
          case VALUE_STRING: {
            String s = p.getText();
            member = JsonMember.of(name, JsonMember.Kind.STRING,
                s.length() > JsonMember.MAX_VALUE_CHARS ? s.substring(0, JsonMember.MAX_VALUE_CHARS) : s,
                s.isBlank());
            break;
          }
          case VALUE_NUMBER_INT:
          case VALUE_NUMBER_FLOAT:
            if (cut && p.currentLocation().getCharOffset() >= end) {
              return Outcome.CUT_OBJECT; // the next digit may be missing
            }
            member = JsonMember.of(name, v == JsonToken.VALUE_NUMBER_INT ? JsonMember.Kind.INTEGER
                : JsonMember.Kind.DECIMAL, p.getText(), false);
            break;
          case VALUE_TRUE:
          case VALUE_FALSE:
            member = JsonMember.of(name, JsonMember.Kind.BOOLEAN, v == JsonToken.VALUE_TRUE ? "true" : "false",
                false);
            break;
          default:
            member = JsonMember.of(name, JsonMember.Kind.NULL, null, true);
        }
        if (!visitor.visit(member)) {
          return Outcome.STOPPED;
        }
      }
      if (t != JsonToken.END_OBJECT) {
        return cut ? Outcome.CUT_OBJECT : Outcome.NOT_JSON;
      }
      if (thorough && !cut && p.nextToken() != null) {
        return Outcome.NOT_JSON; // a second value after the object
      }
      return Outcome.OBJECT;
    } catch (IOException | RuntimeException e) {
      return cut ? Outcome.CUT_OBJECT : Outcome.NOT_JSON;
    }
  }

  /** Skips the rest of a non-empty container whose first inner token was just read. */
  private static void skipRest(JsonParser p, JsonToken inner) throws IOException {
    int depth = 1;
    JsonToken t = inner;
    while (true) {
      if (t == JsonToken.START_OBJECT || t == JsonToken.START_ARRAY) {
        depth++;
      } else if (t == JsonToken.END_OBJECT || t == JsonToken.END_ARRAY) {
        if (--depth == 0) {
          return;
        }
      }
      t = p.nextToken();
      if (t == null) {
        throw new IOException("end of input inside a value");
      }
    }
  }

  private static boolean validJson(String text, int start, int limit) {
    try (JsonParser p = FACTORY.createParser(new PrefixReader(text, start, limit))) {
      JsonToken t = p.nextToken();
      if (t == JsonToken.START_ARRAY || t == JsonToken.START_OBJECT) {
        p.skipChildren();
      }
      return p.nextToken() == null;
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  /** A reader over part of a string: no copy of the body, and Jackson pulls only what it needs. */
  private static final class PrefixReader extends Reader {
    private final String text;
    private final int end;
    private int pos;

    PrefixReader(String text, int start, int end) {
      this.text = text;
      this.pos = start;
      this.end = end;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (pos >= end) {
        return -1;
      }
      int n = Math.min(len, end - pos);
      text.getChars(pos, pos + n, buf, off);
      pos += n;
      return n;
    }

    @Override
    public void close() {
      // nothing to release: the text belongs to the body
    }
  }
}
