package org.attache.resolve.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves English time expressions against a reference day. Reports look back: "on Wednesday" in
 * an article of Friday 2025-01-31 is 2025-01-29, "on February 8" in one of 2021-03-06 is
 * 2021-02-08; announcements ({@code future}) look forward. The result is as precise as the words:
 * "last month" is a month, "in 2018" a year. Stateless and thread-safe.
 */
public final class TimeResolver {
  private static final String MONTH = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
      + "|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
  private static final String WEEKDAY = "(monday|tuesday|wednesday|thursday|friday|saturday|sunday)";
  private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");
  private static final Pattern MDY = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b");
  private static final Pattern DMY = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + ",?\\s+(\\d{4})\\b");
  private static final Pattern MD = Pattern.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?\\b");
  private static final Pattern DM = Pattern.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "\\b");
  private static final Pattern MY = Pattern.compile("\\b" + MONTH + ",?\\s+(?:of\\s+)?(\\d{4})\\b");
  private static final Pattern YEAR = Pattern.compile("\\b(19\\d{2}|20\\d{2})\\b");
  private static final Pattern MONTH_ALONE = Pattern.compile("\\b" + MONTH + "\\b");
  private static final Pattern WEEKDAY_P = Pattern.compile("\\b(last|next|this|past|coming)?\\s*" + WEEKDAY + "\\b");
  private static final Pattern AGO = Pattern.compile("\\b(\\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten)\\s+(day|week|month|year)s?\\s+(ago|earlier|before)\\b");
  private static final Pattern RELATIVE_UNIT = Pattern.compile("\\b(last|past|previous|next|coming|this|current|earlier this|later this)\\s+(week|month|year)\\b");
  private static final Map<String, Integer> NUMBERS = Map.of("a", 1, "an", 1, "one", 1, "two", 2, "three", 3,
      "four", 4, "five", 5, "six", 6, "seven", 7, "eight", 8);

  /**
   * The expression's value, or empty when the words name no calendar time ("recently").
   *
   * @param text the expression as written ("on Wednesday", "earlier in February")
   * @param reference the publication day
   * @param future whether the sentence announces (looks forward) rather than reports
   */
  public Optional<ResolvedTime> resolve(String text, LocalDate reference, boolean future) {
    String t = text.toLowerCase(Locale.ROOT).replace('’', '\'').strip();
    Optional<ResolvedTime> absolute = absolute(t);
    if (absolute.isPresent()) {
      return absolute;
    }
    return relative(t, reference, future);
  }

  private static Optional<ResolvedTime> absolute(String t) {
    Matcher m = ISO.matcher(t);
    if (m.find()) {
      return day(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
    }
    m = MDY.matcher(t);
    if (m.find()) {
      return day(Integer.parseInt(m.group(3)), month(m.group(1)), Integer.parseInt(m.group(2)));
    }
    m = DMY.matcher(t);
    if (m.find()) {
      return day(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)));
    }
    m = MY.matcher(t);
    if (m.find()) {
      return Optional.of(new ResolvedTime(YearMonth.of(Integer.parseInt(m.group(2)), month(m.group(1))).toString(), "explicit"));
    }
    m = YEAR.matcher(t);
    if (m.find() && !MONTH_ALONE.matcher(t).find()) {
      return Optional.of(new ResolvedTime(m.group(1), "explicit"));
    }
    return Optional.empty();
  }

  private static Optional<ResolvedTime> day(int year, int month, int day) {
    try {
      return Optional.of(new ResolvedTime(LocalDate.of(year, month, day).toString(), "explicit"));
    } catch (java.time.DateTimeException e) {
      return Optional.empty(); // "February 30, 2024" names no day
    }
  }

  private static Optional<ResolvedTime> relative(String t, LocalDate ref, boolean future) {
    if (t.contains("yesterday") || t.matches(".*\\blast night\\b.*")) {
      // "last night" in a report is the evening before the day it appeared.
      return rel(ref.minusDays(1).toString());
    }
    if (t.contains("tomorrow")) {
      return rel(ref.plusDays(1).toString());
    }
    if (t.matches(".*\\b(today|tonight|this (morning|afternoon|evening))\\b.*")) {
      return rel(ref.toString());
    }
    Optional<ResolvedTime> r = monthDay(t, ref, future);
    if (r.isEmpty()) {
      r = weekday(t, ref, future);
    }
    if (r.isEmpty()) {
      // A month named outranks a shift counted from the article: "early December, a month earlier".
      r = monthAlone(t, ref, future);
    }
    if (r.isEmpty()) {
      r = ago(t, ref);
    }
    if (r.isEmpty()) {
      r = unit(t, ref);
    }
    return r;
  }

  /** "February 8": that day in the year that puts it on the right side of the reference. */
  private static Optional<ResolvedTime> monthDay(String t, LocalDate ref, boolean future) {
    Matcher m = MD.matcher(t);
    int month;
    int day;
    if (m.find()) {
      month = month(m.group(1));
      day = Integer.parseInt(m.group(2));
    } else {
      m = DM.matcher(t);
      if (!m.find()) {
        return Optional.empty();
      }
      month = month(m.group(2));
      day = Integer.parseInt(m.group(1));
    }
    for (int year : future ? new int[] {ref.getYear(), ref.getYear() + 1} : new int[] {ref.getYear(), ref.getYear() - 1}) {
      try {
        LocalDate d = LocalDate.of(year, month, day);
        if (future ? !d.isBefore(ref) : !d.isAfter(ref)) {
          return rel(d.toString());
        }
      } catch (java.time.DateTimeException e) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** "on Wednesday": the latest such day not after the reference (the next one for announcements). */
  private static Optional<ResolvedTime> weekday(String t, LocalDate ref, boolean future) {
    Matcher m = WEEKDAY_P.matcher(t);
    if (!m.find()) {
      return Optional.empty();
    }
    DayOfWeek dow = DayOfWeek.valueOf(m.group(2).toUpperCase(Locale.ROOT));
    String mod = m.group(1) == null ? "" : m.group(1);
    boolean forward = future || mod.equals("next") || mod.equals("coming");
    LocalDate d = forward ? ref.with(TemporalAdjusters.nextOrSame(dow)) : ref.with(TemporalAdjusters.previousOrSame(dow));
    if (mod.equals("last") && d.equals(ref)) {
      d = d.minusWeeks(1);
    }
    return rel(d.toString());
  }

  private static Optional<ResolvedTime> ago(String t, LocalDate ref) {
    Matcher m = AGO.matcher(t);
    if (!m.find()) {
      return Optional.empty();
    }
    int n = m.group(1).matches("\\d+") ? Integer.parseInt(m.group(1)) : NUMBERS.getOrDefault(m.group(1), 1);
    return switch (m.group(2)) {
      case "day" -> rel(ref.minusDays(n).toString());
      case "week" -> rel(YearMonth.from(ref.minusWeeks(n)).toString());
      case "month" -> rel(YearMonth.from(ref.minusMonths(n)).toString());
      default -> rel(String.valueOf(ref.minusYears(n).getYear()));
    };
  }

  /** "last month", "this year", "next week": the unit's calendar value at the month's or year's precision. */
  private static Optional<ResolvedTime> unit(String t, LocalDate ref) {
    Matcher m = RELATIVE_UNIT.matcher(t);
    if (!m.find()) {
      return Optional.empty();
    }
    int step = switch (m.group(1)) {
      case "last", "past", "previous" -> -1;
      case "next", "coming" -> 1;
      default -> 0;
    };
    return switch (m.group(2)) {
      case "week" -> rel(YearMonth.from(ref.plus(step, ChronoUnit.WEEKS)).toString());
      case "month" -> rel(YearMonth.from(ref.plusMonths(step)).toString());
      default -> rel(String.valueOf(ref.getYear() + step));
    };
  }

  /** "earlier in February", "in March": the latest such month not after the reference. */
  private static Optional<ResolvedTime> monthAlone(String t, LocalDate ref, boolean future) {
    Matcher m = MONTH_ALONE.matcher(t);
    if (!m.find() || t.matches(".*\\bmay\\b.*") && !t.matches(".*\\b(in|of|early|late|mid|since|until|by) may\\b.*")) {
      return Optional.empty();
    }
    int month = month(m.group(1));
    YearMonth ym = YearMonth.of(ref.getYear(), month);
    YearMonth now = YearMonth.from(ref);
    if (!future && ym.isAfter(now)) {
      ym = ym.minusYears(1);
    } else if (future && ym.isBefore(now)) {
      ym = ym.plusYears(1);
    }
    return rel(ym.toString());
  }

  private static Optional<ResolvedTime> rel(String value) {
    return Optional.of(new ResolvedTime(value, "relative"));
  }

  private static int month(String name) {
    String n = name.replace(".", "");
    for (Month m : Month.values()) {
      if (m.name().toLowerCase(Locale.ROOT).startsWith(n.substring(0, 3))) {
        return m.getValue();
      }
    }
    throw new IllegalArgumentException("not a month: '" + name + "'");
  }
}
