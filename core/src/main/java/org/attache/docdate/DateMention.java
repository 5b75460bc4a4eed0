package org.attache.docdate;

import java.time.LocalDate;

/**
 * A date written in text, at the precision the text gives. Immutable.
 *
 * @param date the day; for month or year precision, the first day of that month or year; for a
 *     month and day without a year, that month and day in year 2000 (a leap year)
 * @param precision how much of the date the text states
 * @param start offset of the first character in the text searched
 * @param end offset after the last character
 */
record DateMention(LocalDate date, Precision precision, int start, int end) {
  enum Precision {
    DAY,
    MONTH,
    YEAR,
    /** A month and day with no year: "Nov. 15". */
    MONTH_DAY
  }

  /** The last day this mention could mean. */
  LocalDate lastDay() {
    return switch (precision) {
      case DAY, MONTH_DAY -> date;
      case MONTH -> date.withDayOfMonth(date.lengthOfMonth());
      case YEAR -> date.withDayOfYear(date.lengthOfYear());
    };
  }
}
