package org.attache.model;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A closed interval of days. Immutable.
 *
 * @param start the first day, inclusive
 * @param end the last day, inclusive; not before {@code start}
 */
public record DateRange(LocalDate start, LocalDate end) {
  public DateRange {
    Objects.requireNonNull(start, "start");
    Objects.requireNonNull(end, "end");
    if (end.isBefore(start)) {
      throw new IllegalArgumentException("range end " + end + " is before its start " + start);
    }
  }

  public boolean contains(LocalDate day) {
    return !day.isBefore(start) && !day.isAfter(end);
  }

  /** The overlap of the two ranges, or null when they do not meet. */
  public DateRange intersect(DateRange other) {
    LocalDate s = start.isAfter(other.start) ? start : other.start;
    LocalDate e = end.isBefore(other.end) ? end : other.end;
    return e.isBefore(s) ? null : new DateRange(s, e);
  }

  public boolean isSingleDay() {
    return start.equals(end);
  }

  @Override
  public String toString() {
    return "[" + start + ", " + end + "]";
  }
}
