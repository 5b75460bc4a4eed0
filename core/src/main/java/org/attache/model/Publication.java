package org.attache.model;

import java.time.LocalDate;

/**
 * When an article was published, as precisely as the evidence allows. Immutable.
 *
 * @param published the day, when known or inferred to the day, else null
 * @param range the bounds, when the day is not known but bounded, else null
 * @param basis what it rests on, or null when nothing was found
 * @param evidence a short human-readable note of the evidence, for diagnostics and the UI
 */
public record Publication(LocalDate published, DateRange range, Basis basis, String evidence) {
  public Publication {
    if (published != null && range != null) {
      throw new IllegalArgumentException("a publication has a day or a range, not both");
    }
    if ((published != null || range != null) && basis == null) {
      throw new IllegalArgumentException("a known publication date needs a basis");
    }
  }

  /** Nothing is known. */
  public static final Publication UNKNOWN = new Publication(null, null, null, null);

  public static Publication on(LocalDate day, Basis basis, String evidence) {
    return new Publication(day, null, basis, evidence);
  }

  /** A day when the range is a single day, else the range. */
  public static Publication within(DateRange range, Basis basis, String evidence) {
    return range.isSingleDay()
        ? on(range.start(), basis, evidence)
        : new Publication(null, range, basis, evidence);
  }

  public boolean isKnown() {
    return published != null || range != null;
  }
}
