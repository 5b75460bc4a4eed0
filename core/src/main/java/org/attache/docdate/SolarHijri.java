package org.attache.docdate;

import java.time.LocalDate;

/**
 * The Solar Hijri (Jalali) calendar of Iran, converted arithmetically through the day count of
 * its 33-year cycles, exact for 1178 to 1633 SH (1799 to 2254 CE). Stateless.
 */
final class SolarHijri {
  /** Day number of 1 Farvardin 1 SH in the proleptic Gregorian epoch-day count of java.time. */
  private static final int MIN_YEAR = 1178;
  private static final int MAX_YEAR = 1633;

  private SolarHijri() {}

  /**
   * The Gregorian date of a Solar Hijri date.
   *
   * @throws IllegalArgumentException when the date is out of range or not a Solar Hijri date
   */
  static LocalDate toGregorian(int year, int month, int day) {
    if (year < MIN_YEAR || year > MAX_YEAR) {
      throw new IllegalArgumentException("Solar Hijri year must be in " + MIN_YEAR + ".." + MAX_YEAR + ", was " + year);
    }
    if (month < 1 || month > 12 || day < 1 || day > (month <= 6 ? 31 : month <= 11 ? 30 : isLeap(year) ? 30 : 29)) {
      throw new IllegalArgumentException("not a Solar Hijri date: " + year + "-" + month + "-" + day);
    }
    long dayOfYear = (month <= 7 ? (month - 1) * 31L : 6 * 31L + (month - 7) * 30L) + day - 1;
    return nowruz(year).plusDays(dayOfYear);
  }

  /** 1 Farvardin of the year: the day after the leap rule's previous year ends. */
  static LocalDate nowruz(int year) {
    // 1 Farvardin 1354 SH was 21 March 1975; count whole years from there.
    LocalDate d = LocalDate.of(1975, 3, 21);
    if (year >= 1354) {
      for (int y = 1354; y < year; y++) {
        d = d.plusDays(isLeap(y) ? 366 : 365);
      }
    } else {
      for (int y = 1353; y >= year; y--) {
        d = d.minusDays(isLeap(y) ? 366 : 365);
      }
    }
    return d;
  }

  /**
   * The 33-year arithmetic leap rule: years whose remainder in the cycle is 1, 5, 9, 13, 17, 22,
   * 26 or 30 are leap years. It agrees with the astronomical calendar for 1178 to 1633 SH.
   */
  static boolean isLeap(int year) {
    int r = Math.floorMod(year - 1, 33) + 1;
    return r == 1 || r == 5 || r == 9 || r == 13 || r == 17 || r == 22 || r == 26 || r == 30;
  }
}
