package org.attache.model;

import java.util.Objects;

/** A cleaned document with its publication date: what the dating stage gives. Immutable. */
public record DatedDocument(Document document, Publication publication) {
  public DatedDocument {
    Objects.requireNonNull(document, "document");
    Objects.requireNonNull(publication, "publication");
  }
}
