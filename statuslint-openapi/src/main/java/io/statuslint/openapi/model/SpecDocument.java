package io.statuslint.openapi.model;

import java.net.URI;

/**
 * One parsed file: the spec being linted or a document one of its {@code $ref}s names.
 *
 * @param name how findings name the file: as the user gave it for the spec itself, relative to the
 *     working directory (or the URL) for referenced documents
 * @param base the absolute URI that relative {@code $ref}s in this document resolve against
 * @param root the document's root value
 */
public record SpecDocument(String name, URI base, Object root) {

  public SpecObject rootObject() {
    return root instanceof SpecObject o ? o : null;
  }

  /** Whether {@code $ref}s in this document may name local files (not when it came from the network). */
  public boolean mayReadFiles() {
    return !"http".equals(base.getScheme()) && !"https".equals(base.getScheme());
  }
}
