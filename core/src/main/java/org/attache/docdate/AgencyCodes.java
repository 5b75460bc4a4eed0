package org.attache.docdate;

import java.time.LocalDate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Publisher article codes that hold a date. Tehran Times ends its articles with a desk code and
 * a Solar Hijri timestamp, {@code HJ/13991216000915}: year 1399, month 12, day 16, then the time.
 * Stateless.
 */
final class AgencyCodes {
  private static final Pattern TEHRAN_TIMES = Pattern.compile("^[A-Z]{1,5}/(1[34]\\d\\d)(\\d\\d)(\\d\\d)\\d{0,8}$");
  private static final Pattern GREGORIAN = Pattern.compile("^[A-Z]{1,5}/(20\\d\\d)(\\d\\d)(\\d\\d)\\d{0,8}$");

  private AgencyCodes() {}

  /** The Gregorian date a code holds, or null when it holds none. */
  static LocalDate date(String code) {
    String c = code.strip();
    Matcher m = TEHRAN_TIMES.matcher(c);
    try {
      if (m.matches()) {
        return SolarHijri.toGregorian(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
      m = GREGORIAN.matcher(c);
      if (m.matches()) {
        return LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
      }
    } catch (IllegalArgumentException | java.time.DateTimeException e) {
      return null; // digits in the shape of a code but no real date: not a dated code
    }
    return null;
  }
}
