package io.statuslint.openapi.resolve;

import io.statuslint.openapi.SpecLimits;
import io.statuslint.openapi.model.SpecDocument;
import io.statuslint.openapi.parse.SpecFormat;
import io.statuslint.openapi.parse.SpecParser;
import io.statuslint.openapi.parse.SpecReadException;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * Reads the documents of one spec run (the spec and whatever its {@code $ref}s name), each at most
 * once, within the size cap. A document that failed to load stays failed: a hundred {@code $ref}s to
 * a missing file cost one attempt.
 */
public final class DocumentLoader {

  private final SpecLimits limits;
  private final SpecParser parser;
  private final Path workingDirectory;
  private final Map<URI, Object> documents = new HashMap<>();

  public DocumentLoader(SpecLimits limits) {
    this.limits = limits;
    this.parser = new SpecParser(limits.maxBytes(), limits.maxDepth());
    this.workingDirectory = Path.of("").toAbsolutePath();
  }

  public SpecLimits limits() {
    return limits;
  }

  /** Parses a document whose bytes the caller read, and remembers it under {@code base}. */
  public SpecDocument parse(String name, URI base, byte[] content) {
    Object root = parser.parse(content, name, SpecFormat.detect(name, content));
    SpecDocument doc = new SpecDocument(name, base, root);
    documents.put(withoutFragment(base), doc);
    return doc;
  }

  /** The document at {@code uri} (no fragment), loaded on first use. */
  public SpecDocument load(URI uri, SpecDocument referrer) {
    URI key = withoutFragment(uri);
    Object known = documents.get(key);
    if (known instanceof SpecDocument d) {
      return d;
    }
    if (known instanceof SpecReadException e) {
      throw e;
    }
    String name = displayName(key);
    try {
      if (documents.size() >= limits.maxDocuments()) {
        throw new SpecReadException(name, -1, -1, "not read: the spec references more than "
            + limits.maxDocuments() + " documents");
      }
      String scheme = key.getScheme() == null ? "" : key.getScheme().toLowerCase(java.util.Locale.ROOT);
      byte[] content;
      if (scheme.equals("file")) {
        if (!referrer.mayReadFiles()) {
          throw new SpecReadException(name, -1, -1,
              "not read: a document fetched from the network may not reference local files");
        }
        content = readFile(Path.of(key), name);
      } else if (scheme.equals("http") || scheme.equals("https")) {
        content = HttpFetcher.fetch(key, name, limits);
      } else {
        throw new SpecReadException(name, -1, -1, "not read: unsupported URI scheme '" + scheme + "'");
      }
      return parse(name, key, content);
    } catch (SpecReadException e) {
      documents.put(key, e);
      throw e;
    }
  }

  /** The bytes of a file, refused (before reading) when it is over the cap. */
  public byte[] readFile(Path path, String name) {
    try {
      if (Files.isDirectory(path)) {
        throw new SpecReadException(name, -1, -1, "is a directory, not a spec file");
      }
      long size = Files.size(path);
      if (size > limits.maxBytes()) {
        throw tooLarge(name, size);
      }
      try (InputStream in = Files.newInputStream(path)) {
        return readCapped(in, name);
      }
    } catch (NoSuchFileException e) {
      throw new SpecReadException(name, -1, -1, "no such file");
    } catch (AccessDeniedException e) {
      throw new SpecReadException(name, -1, -1, "permission denied");
    } catch (IOException e) {
      throw new SpecReadException(name, -1, -1, "cannot read: " + e.getMessage());
    }
  }

  /** Reads a stream to its end, refusing it as soon as it passes the cap. */
  public byte[] readCapped(InputStream in, String name) throws IOException {
    long cap = limits.maxBytes();
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, cap + 1));
    if (bytes.length > cap) {
      throw tooLarge(name, -1);
    }
    return bytes;
  }

  private SpecReadException tooLarge(String name, long size) {
    String actual = size >= 0 ? String.format(java.util.Locale.ROOT, "is %.1f MB", size / 1e6) : "is larger";
    return new SpecReadException(name, -1, -1, actual + ", over the " + SpecLimits.describe(limits.maxBytes())
        + " limit for one spec document (raise it with --max-spec-size)");
  }

  /** Files as a path relative to the working directory when they are below it; URLs as they are. */
  String displayName(URI uri) {
    if ("file".equalsIgnoreCase(uri.getScheme())) {
      try {
        Path p = Path.of(uri).normalize();
        return p.startsWith(workingDirectory) ? workingDirectory.relativize(p).toString() : p.toString();
      } catch (IllegalArgumentException e) {
        return uri.toString();
      }
    }
    return uri.toString();
  }

  static URI withoutFragment(URI uri) {
    if (uri.getRawFragment() == null) {
      return uri.normalize();
    }
    String s = uri.toString();
    return URI.create(s.substring(0, s.indexOf('#'))).normalize();
  }
}
