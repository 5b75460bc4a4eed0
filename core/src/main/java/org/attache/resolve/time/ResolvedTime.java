package org.attache.resolve.time;

import java.util.Objects;

/**
 * A time expression resolved to a calendar value. Immutable.
 *
 * @param value {@code YYYY-MM-DD}, {@code YYYY-MM} or {@code YYYY}
 * @param basis {@code explicit} when the words state the year, {@code relative} when it comes from
 *     the publication date
 */
public record ResolvedTime(String value, String basis) {
  public ResolvedTime {
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(basis, "basis");
    if (!value.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
      throw new IllegalArgumentException("value must be YYYY, YYYY-MM or YYYY-MM-DD, was '" + value + "'");
    }
  }
}
