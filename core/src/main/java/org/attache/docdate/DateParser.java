package org.attache.docdate;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.docdate.DateMention.Precision;

/**
 * Finds and parses written dates: ISO forms, numeric European and US forms, and dates with month
 * names in English, German, French, Spanish, Italian, Portuguese and Dutch. Stateless and
 * thread-safe.
 */
final class DateParser {
  private static final Map<String, Integer> MONTHS = new HashMap<>();

  static {
    String[][] names = {
      {"january", "jan", "januar", "jänner", "janvier", "enero", "gennaio", "janeiro", "januari"},
      {"february", "feb", "februar", "février", "fevrier", "febrero", "febbraio", "fevereiro", "februari"},
      {"march", "mar", "märz", "maerz", "mars", "marzo", "março", "marco", "maart"},
      {"april", "apr", "avril", "abril", "aprile"},
      {"may", "mai", "mayo", "maggio", "maio", "mei"},
      {"june", "jun", "juni", "juin", "junio", "giugno", "junho"},
      {"july", "jul", "juli", "juillet", "julio", "luglio", "julho"},
      {"august", "aug", "août", "aout", "agosto", "augustus"},
      {"september", "sep", "sept", "septembre", "septiembre", "setiembre", "settembre", "setembro"},
      {"october", "oct", "oktober", "octobre", "octubre", "ottobre", "outubro", "okt"},
      {"november", "nov", "novembre", "noviembre", "novembro"},
      {"december", "dec", "dezember", "décembre", "decembre", "diciembre", "dicembre", "dezembro", "dez"},
    };
    for (int m = 0; m < names.length; m++) {
      for (String n : names[m]) {
        MONTHS.put(n, m + 1);
      }
    }
  }

  private static final String MON = "(\\p{L}{3,9})\\.?";
  private static final String YEAR = "((?:19|20)\\d{2})";
  private static final Pattern ISO = Pattern.compile(
      "(?<![\\d])" + YEAR + "([-/.])(\\d{1,2})\\2(\\d{1,2})(?![\\d])");
  private static final Pattern DMY_NUM = Pattern.compile(
      "(?<![\\d.])(\\d{1,2})([./-])\\s?(\\d{1,2})\\2\\s?" + YEAR + "(?![\\d])");
  private static final Pattern MDY_NAME = Pattern.compile(
      "(?<![\\p{L}])" + MON + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+" + YEAR + "(?![\\d])");
  private static final Pattern DMY_NAME = Pattern.compile(
      "(?<![\\d])(\\d{1,2})(?:st|nd|rd|th|er|º)?\\.?\\s*(?:de\\s+|of\\s+)?" + MON + ",?\\s+(?:de\\s+)?" + YEAR + "(?![\\d])");
  private static final Pattern MONTH_YEAR = Pattern.compile(
      "(?<![\\p{L}\\d])" + MON + ",?\\s+(?:de\\s+)?" + YEAR + "(?![\\d])");
  private static final Pattern MONTH_DAY = Pattern.compile(
      "(?<![\\p{L}])" + MON + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?![\\d])(?!,?\\s+(?:19|20)\\d{2})");
  private static final Pattern COMPACT = Pattern.compile(
      "(?<![\\d])(20\\d{2}|19\\d{2})(0[1-9]|1[0-2])(0[1-9]|[12]\\d|3[01])(?![\\d])");

  private DateParser() {}

  /** The month number of a month name or abbreviation, or 0. */
  static int month(String name) {
    return MONTHS.getOrDefault(name.toLowerCase(Locale.ROOT), 0);
  }

  /** The first full date in the string (ISO, numeric or with a month name), or null. */
  static LocalDate parseDay(String s) {
    for (DateMention m : find(s)) {
      if (m.precision() == Precision.DAY) {
        return m.date();
      }
    }
    return null;
  }

  /** Every date written in the text, in order, without overlaps; longer forms win. */
  static List<DateMention> find(String text) {
    List<DateMention> out = new ArrayList<>();
    boolean[] taken = new boolean[text.length() + 1];
    iso(text, out, taken);
    named(text, MDY_NAME, 2, 1, 3, out, taken);
    named(text, DMY_NAME, 1, 2, 3, out, taken);
    numeric(text, out, taken);
    monthYear(text, out, taken);
    monthDay(text, out, taken);
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /** Compact {@code 20210306} dates, for URLs and codes. */
  static List<DateMention> findCompact(String text) {
    List<DateMention> out = new ArrayList<>();
    Matcher m = COMPACT.matcher(text);
    while (m.find()) {
      add(out, null, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    return out;
  }

  private static void iso(String text, List<DateMention> out, boolean[] taken) {
    Matcher m = ISO.matcher(text);
    while (m.find()) {
      add(out, taken, m, Integer.parseInt(m.group(1)), Integer.parseInt(m.group(3)), Integer.parseInt(m.group(4)));
    }
  }

  private static void named(String text, Pattern p, int dayGroup, int monGroup, int yearGroup,
      List<DateMention> out, boolean[] taken) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      int mon = month(m.group(monGroup));
      if (mon > 0 && free(taken, m)) {
        add(out, taken, m, Integer.parseInt(m.group(yearGroup)), mon, Integer.parseInt(m.group(dayGroup)));
      }
    }
  }

  private static void numeric(String text, List<DateMention> out, boolean[] taken) {
    Matcher m = DMY_NUM.matcher(text);
    while (m.find()) {
      if (!free(taken, m)) {
        continue;
      }
      int a = Integer.parseInt(m.group(1));
      int b = Integer.parseInt(m.group(3));
      int year = Integer.parseInt(m.group(4));
      // Dots and dashes are day-first everywhere they are used; a slash is month-first unless
      // the first number cannot be a month.
      boolean monthFirst = m.group(2).equals("/") && a <= 12;
      add(out, taken, m, year, monthFirst ? a : b, monthFirst ? b : a);
    }
  }

  private static void monthYear(String text, List<DateMention> out, boolean[] taken) {
    Matcher m = MONTH_YEAR.matcher(text);
    while (m.find()) {
      int mon = month(m.group(1));
      if (mon > 0 && free(taken, m)) {
        mark(taken, m);
        out.add(new DateMention(LocalDate.of(Integer.parseInt(m.group(2)), mon, 1), Precision.MONTH, m.start(), m.end()));
      }
    }
  }

  private static void monthDay(String text, List<DateMention> out, boolean[] taken) {
    Matcher m = MONTH_DAY.matcher(text);
    while (m.find()) {
      int mon = month(m.group(1));
      // "may 5" is too often the verb; only a capitalised month counts here.
      if (mon > 0 && Character.isUpperCase(m.group(1).charAt(0)) && free(taken, m)) {
        try {
          LocalDate d = LocalDate.of(2000, mon, Integer.parseInt(m.group(2)));
          mark(taken, m);
          out.add(new DateMention(d, Precision.MONTH_DAY, m.start(), m.end()));
        } catch (DateTimeException e) {
          // "Nov 31" is no date; skip it.
        }
      }
    }
  }

  private static void add(List<DateMention> out, boolean[] taken, Matcher m, int year, int month, int day) {
    if (taken != null && !free(taken, m)) {
      return;
    }
    try {
      out.add(new DateMention(LocalDate.of(year, month, day), Precision.DAY, m.start(), m.end()));
      if (taken != null) {
        mark(taken, m);
      }
    } catch (DateTimeException e) {
      // Not a calendar date (2021-13-45): not a date mention at all.
    }
  }

  private static boolean free(boolean[] taken, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) {
      if (taken[i]) {
        return false;
      }
    }
    return true;
  }

  private static void mark(boolean[] taken, Matcher m) {
    for (int i = m.start(); i < m.end(); i++) {
      taken[i] = true;
    }
  }
}
