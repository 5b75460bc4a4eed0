package org.attache.model;

import java.util.Objects;

/**
 * A statement about an article's publication date found while reading or cleaning it, kept
 * unparsed so that the dating stage alone decides what it means. Immutable.
 *
 * @param basis what kind of evidence it is
 * @param where the exact place it came from ({@code meta[property=article:published_time]},
 *     {@code header line}, {@code url})
 * @param value the text as found ({@code 2021-03-06T10:00:00Z}, {@code HJ/13991216000915})
 */
public record DateClue(Basis basis, String where, String value) {
  public DateClue {
    Objects.requireNonNull(basis, "basis");
    Objects.requireNonNull(where, "where");
    Objects.requireNonNull(value, "value");
  }
}
