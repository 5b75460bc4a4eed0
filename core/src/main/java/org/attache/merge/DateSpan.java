package org.attache.merge;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;

/**
 * The days an event's date allows: one day for {@code 2025-01-17}, a month for {@code 2025-01},
 * a year for {@code 2024}. A date that rests only on the publication date ("publication"
 * basis) allows the week up to it, since a report with no date of its own is usually about
 * the last few days. Immutable.
 *
 * @param first the first day allowed
 * @param last the last day allowed
 * @param strong whether the text itself dated the event (explicit or relative), so that a
 *     disagreement with another strong date is a conflict worth flagging
 */
public record DateSpan(LocalDate first, LocalDate last, boolean strong) {
  /** How far before its article an event dated only by the publication may have happened. */
  static final int PUBLICATION_SLACK_DAYS = 7;

  public DateSpan {
    if (last.isBefore(first)) {
      throw new IllegalArgumentException("date span ends at " + last + " before it starts at " + first);
    }
  }

  /**
   * The span of an event's {@code date} and {@code date_basis}, or null when the date is null or
   * malformed.
   */
  public static DateSpan of(String date, String basis) {
    if (date == null) {
      return null;
    }
    boolean strong = "explicit".equals(basis) || "relative".equals(basis);
    try {
      return switch (date.length()) {
        case 10 -> {
          LocalDate d = LocalDate.parse(date);
          yield "publication".equals(basis) ? new DateSpan(d.minusDays(PUBLICATION_SLACK_DAYS), d, false)
              : new DateSpan(d, d, strong);
        }
        case 7 -> {
          YearMonth m = YearMonth.parse(date);
          yield new DateSpan(m.atDay(1), m.atEndOfMonth(), strong);
        }
        case 4 -> {
          int y = Integer.parseInt(date);
          yield new DateSpan(LocalDate.of(y, 1, 1), LocalDate.of(y, 12, 31), strong);
        }
        default -> null;
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      return null;
    }
  }

  /** Whether some day is allowed by both. */
  public boolean overlaps(DateSpan other) {
    return !first.isAfter(other.last) && !other.first.isAfter(last);
  }

  /** Days in the span. */
  public long days() {
    return last.toEpochDay() - first.toEpochDay() + 1;
  }
}
