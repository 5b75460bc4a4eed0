package org.attache.model;

/**
 * What a publication date rests on, in the words of CONTRACT.md's {@code published_basis}.
 * Ordered from the most to the least direct evidence.
 */
public enum Basis {
  /** Page metadata: meta tags, JSON-LD, {@code <time>}, a container's own field, the URL. */
  METADATA("metadata"),
  /** The ` date YYYY-MM-DD CITY –` first line of a text file. */
  HEADER("header"),
  /** A wire dateline such as {@code Nov. 15 (Xinhua) --}. */
  DATELINE("dateline"),
  /** A publisher's article code that encodes a date, such as Tehran Times' {@code HJ/...}. */
  AGENCY_CODE("agency-code"),
  /** Inferred from the text: terms of office, mentioned dates, weekdays. */
  INFERRED("inferred");

  private final String label;

  Basis(String label) {
    this.label = label;
  }

  /** The contract's spelling of this basis. */
  public String label() {
    return label;
  }
}
