package io.statuslint.openapi;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Objects;

/**
 * Where a spec comes from: a file, a URL, standard input, or text in memory (the demo's own spec,
 * tests). {@link #of(String)} reads a command-line argument.
 */
public final class SpecSource {

  /** The kinds of source. */
  public enum Kind {
    FILE,
    URL,
    STDIN,
    TEXT
  }

  private final Kind kind;
  private final String name;
  private final Path path;
  private final URI url;
  private final byte[] content;

  private SpecSource(Kind kind, String name, Path path, URI url, byte[] content) {
    this.kind = kind;
    this.name = name;
    this.path = path;
    this.url = url;
    this.content = content;
  }

  /** {@code -} is standard input; {@code http(s)://…} a URL; {@code file:…} or anything else a file path. */
  public static SpecSource of(String argument) {
    Objects.requireNonNull(argument, "argument");
    if (argument.equals("-")) {
      return stdin();
    }
    String lower = argument.toLowerCase(java.util.Locale.ROOT);
    if (lower.startsWith("http://") || lower.startsWith("https://")) {
      try {
        return new SpecSource(Kind.URL, argument, null, new URI(argument), null);
      } catch (URISyntaxException e) {
        throw new IllegalArgumentException(argument + ": not a valid URL: " + e.getReason());
      }
    }
    if (lower.startsWith("file:")) {
      try {
        return new SpecSource(Kind.FILE, argument, Path.of(new URI(argument)), null, null);
      } catch (URISyntaxException | IllegalArgumentException e) {
        throw new IllegalArgumentException(argument + ": not a valid file URL");
      }
    }
    return file(Path.of(argument), argument);
  }

  public static SpecSource file(Path path) {
    return file(path, path.toString());
  }

  static SpecSource file(Path path, String name) {
    return new SpecSource(Kind.FILE, name, path, null, null);
  }

  public static SpecSource url(URI url) {
    return new SpecSource(Kind.URL, url.toString(), null, url, null);
  }

  public static SpecSource stdin() {
    return new SpecSource(Kind.STDIN, "<stdin>", null, null, null);
  }

  /**
   * A spec held in memory. {@code name} is used in findings and decides the syntax by its extension
   * ({@code .json}, {@code .yaml}) when the content does not make it plain; relative {@code $ref}s
   * resolve against the working directory.
   */
  public static SpecSource text(String name, String content) {
    return new SpecSource(Kind.TEXT, name, null, null, content.getBytes(StandardCharsets.UTF_8));
  }

  public Kind kind() {
    return kind;
  }

  /** The source as the user named it; findings carry this as their file. */
  public String name() {
    return name;
  }

  public Path path() {
    return path;
  }

  public URI url() {
    return url;
  }

  byte[] content() {
    return content;
  }

  @Override
  public String toString() {
    return name;
  }
}
