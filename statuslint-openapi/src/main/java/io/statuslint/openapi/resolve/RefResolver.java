package io.statuslint.openapi.resolve;

import io.statuslint.openapi.model.JsonPointers;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.model.SpecObject;
import io.statuslint.openapi.parse.SpecReadException;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Set;

/**
 * Follows {@code $ref}s: local ({@code #/components/responses/NotFound}), relative files
 * ({@code common.yaml#/responses/NotFound}) and URLs, including chains of references to references,
 * with a guard against cycles and a cap on chain length.
 */
public final class RefResolver {

  /**
   * Where a value really is.
   *
   * @param document the document holding {@code value}
   * @param value the value after every {@code $ref} was followed
   * @param ref the first {@code $ref} as written at the use site, or {@code null} when there was none
   */
  public record Resolved(SpecDocument document, Object value, String ref) {
    public boolean viaRef() {
      return ref != null;
    }
  }

  private final DocumentLoader loader;
  private final int maxHops;

  public RefResolver(DocumentLoader loader) {
    this.loader = loader;
    this.maxHops = loader.limits().maxRefHops();
  }

  /** Whether {@code value} is a Reference Object: a mapping with a string {@code $ref}. */
  public static boolean isRef(Object value) {
    return value instanceof SpecObject o && o.get("$ref") instanceof String;
  }

  /**
   * {@code value} itself when it is no Reference Object, else what its {@code $ref} (chain) points at.
   *
   * @throws RefException when a {@code $ref} leads nowhere
   */
  public Resolved deref(SpecDocument document, Object value) {
    if (!isRef(value)) {
      return new Resolved(document, value, null);
    }
    SpecObject useSite = (SpecObject) value;
    String firstRef = (String) useSite.get("$ref");
    int at = useSite.indexOf("$ref");
    long line = useSite.keyLine(at);
    long column = useSite.keyColumn(at);
    Set<String> seen = new HashSet<>();
    SpecDocument doc = document;
    String ref = firstRef;
    for (int hop = 0; ; hop++) {
      if (hop >= maxHops) {
        throw new RefException(document.name(), line, column, firstRef,
            "$ref '" + firstRef + "' is a chain of more than " + maxHops + " references");
      }
      Target t = target(doc, ref, document.name(), line, column, firstRef);
      if (!seen.add(t.document.base() + "#" + t.pointer)) {
        throw new RefException(document.name(), line, column, firstRef,
            "$ref '" + firstRef + "' is circular: it leads back to '" + ref + "'");
      }
      if (isRef(t.value)) {
        doc = t.document;
        ref = (String) ((SpecObject) t.value).get("$ref");
        continue;
      }
      return new Resolved(t.document, t.value, firstRef);
    }
  }

  private record Target(SpecDocument document, String pointer, Object value) {}

  private Target target(SpecDocument from, String ref, String file, long line, long column, String firstRef) {
    int hash = ref.indexOf('#');
    String location = hash < 0 ? ref : ref.substring(0, hash);
    String fragment = hash < 0 ? "" : percentDecode(ref.substring(hash + 1));
    String chain = ref.equals(firstRef) ? "$ref '" + firstRef + "'" : "$ref '" + firstRef + "' (via '" + ref + "')";
    SpecDocument doc = from;
    if (!location.isEmpty()) {
      URI uri;
      try {
        uri = from.base().resolve(parseReference(location));
      } catch (Exception e) {
        throw new RefException(file, line, column, firstRef, chain + " is not a valid reference");
      }
      try {
        doc = loader.load(uri, from);
      } catch (SpecReadException e) {
        throw new RefException(file, line, column, DocumentLoader.withoutFragment(uri).toString(),
            chain + " cannot be followed: " + e.getMessage());
      }
    }
    if (!fragment.isEmpty() && fragment.charAt(0) != '/') {
      throw new RefException(file, line, column, firstRef,
          chain + " uses a plain-name fragment, which statuslint does not resolve; use a JSON pointer (#/…)");
    }
    Object value = JsonPointers.follow(doc.root(), fragment);
    if (value == JsonPointers.MISSING) {
      throw new RefException(file, line, column, doc.base() + "#" + fragment,
          chain + " points at nothing" + (doc == from ? "" : " in " + doc.name()));
    }
    return new Target(doc, fragment, value);
  }

  /** A URI reference as written; file names with spaces or backslashes are taken as paths. */
  private static URI parseReference(String location) throws java.net.URISyntaxException {
    try {
      return new URI(location);
    } catch (java.net.URISyntaxException e) {
      return new URI(null, null, location.replace('\\', '/'), null);
    }
  }

  /** URI fragments are percent-encoded (RFC 6901 §6); '+' stays a plus. */
  static String percentDecode(String s) {
    if (s.indexOf('%') < 0) {
      return s;
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '%' && i + 2 < s.length() && hex(s.charAt(i + 1)) >= 0 && hex(s.charAt(i + 2)) >= 0) {
        out.write(hex(s.charAt(i + 1)) * 16 + hex(s.charAt(i + 2)));
        i += 2;
      } else {
        byte[] b = String.valueOf(c).getBytes(StandardCharsets.UTF_8);
        out.write(b, 0, b.length);
      }
    }
    return out.toString(StandardCharsets.UTF_8);
  }

  private static int hex(char c) {
    return Character.digit(c, 16);
  }
}
