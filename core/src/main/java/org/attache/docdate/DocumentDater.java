package org.attache.docdate;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.docdate.DateMention.Precision;
import org.attache.model.Basis;
import org.attache.model.DateClue;
import org.attache.model.DateRange;
import org.attache.model.Document;
import org.attache.model.Publication;
import org.attache.reference.Countries;
import org.attache.reference.OfficeHolders;
import org.attache.reference.ResourceFormatException;

/**
 * Dates a document. Direct evidence wins in this order: the text file's header line, page
 * metadata (meta tags, JSON-LD, {@code <time>}, a container's field), a publisher's dated code,
 * a date in the URL, a date-labelled element of the page, a wire dateline whose year the text
 * fixes. Without any, the date is inferred from the text as a range: after the latest date it
 * mentions in the past tense, within the terms of office of the officials it names with titles,
 * and never after today.
 *
 * <p>Immutable and thread-safe; time comes from the injected clock.
 */
public final class DocumentDater {
  private static final LocalDate EARLIEST = LocalDate.of(1990, 1, 1);
  private static final Pattern FUTURE = Pattern.compile(
      "(?i)\\b(will|shall|would|scheduled|expected|plans?|planned|due|upcoming|next|until|by the end of|deadline|to be held|set to)\\b");
  private static final Pattern WEEKDAY = Pattern.compile("\\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\\b");

  private final OfficialsInference officials;
  private final Clock clock;

  public DocumentDater(OfficeHolders holders, Countries countries, Clock clock) {
    this.officials = new OfficialsInference(Objects.requireNonNull(holders, "holders"), Objects.requireNonNull(countries, "countries"));
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  /** A dater over the project's bundled office-holder and country tables. */
  public static DocumentDater withBundledData(Clock clock) throws ResourceFormatException {
    return new DocumentDater(OfficeHolders.load(), Countries.load(), clock);
  }

  public Publication date(Document doc) {
    LocalDate today = LocalDate.now(clock);
    LocalDate latest = upperBound(doc, today);
    Publication direct = direct(doc, latest);
    if (direct != null) {
      return direct;
    }
    List<String> evidence = new ArrayList<>();
    DateRange inferred = inferRange(doc.text(), latest, evidence);
    Publication dated = dateline(doc, inferred, latest);
    if (dated != null) {
      return dated;
    }
    Publication fromPage = pageText(doc, latest);
    if (fromPage != null) {
      return fromPage;
    }
    if (inferred == null) {
      return Publication.UNKNOWN;
    }
    return Publication.within(inferred, Basis.INFERRED, String.join("; ", evidence));
  }

  /** Today, or the day the page was crawled when that is earlier. */
  private static LocalDate upperBound(Document doc, LocalDate today) {
    for (DateClue c : doc.clues()) {
      if (c.where().equals("crawled")) {
        LocalDate d = DateParser.parseDay(c.value());
        if (d != null && d.isBefore(today)) {
          return d;
        }
      }
    }
    return today;
  }

  private static Publication direct(Document doc, LocalDate latest) {
    Publication p = first(doc, latest, Basis.HEADER, null);
    p = p != null ? p : first(doc, latest, Basis.METADATA, "container:");
    p = p != null ? p : first(doc, latest, Basis.METADATA, "meta:");
    p = p != null ? p : first(doc, latest, Basis.METADATA, "jsonld:");
    p = p != null ? p : first(doc, latest, Basis.METADATA, "itemprop:");
    p = p != null ? p : first(doc, latest, Basis.METADATA, "time:pubdate");
    p = p != null ? p : agencyCode(doc, latest);
    p = p != null ? p : url(doc, latest);
    p = p != null ? p : first(doc, latest, Basis.METADATA, "secondary:");
    p = p != null ? p : first(doc, latest, Basis.METADATA, "time:");
    p = p != null ? p : first(doc, latest, Basis.METADATA, "labelled:");
    p = p != null ? p : first(doc, latest, Basis.METADATA, "timestamp line");
    p = p != null ? p : first(doc, latest, Basis.METADATA, "modified:");
    return p;
  }

  /** The first clue of this basis whose place starts with the prefix and parses to a plausible day. */
  private static Publication first(Document doc, LocalDate latest, Basis basis, String wherePrefix) {
    for (DateClue c : doc.clues()) {
      if (c.basis() != basis || (wherePrefix != null && !c.where().startsWith(wherePrefix))) {
        continue;
      }
      LocalDate d = parseClue(c.value());
      if (plausible(d, latest)) {
        return Publication.on(d, basis, c.where() + ": " + c.value());
      }
    }
    return null;
  }

  private static LocalDate parseClue(String value) {
    String v = value.strip();
    try {
      return OffsetDateTime.parse(v).toLocalDate();
    } catch (DateTimeParseException e) {
      // not an offset timestamp; try the written forms below
    }
    if (v.matches("\\d{10}|\\d{13}")) {
      long seconds = v.length() == 13 ? Long.parseLong(v) / 1000 : Long.parseLong(v);
      return java.time.Instant.ofEpochSecond(seconds).atZone(java.time.ZoneOffset.UTC).toLocalDate();
    }
    LocalDate d = DateParser.parseDay(v);
    if (d == null) {
      List<DateMention> compact = DateParser.findCompact(v);
      d = compact.isEmpty() ? null : compact.get(0).date();
    }
    return d;
  }

  private static boolean plausible(LocalDate d, LocalDate latest) {
    return d != null && !d.isBefore(EARLIEST) && !d.isAfter(latest.plusDays(1));
  }

  private static Publication agencyCode(Document doc, LocalDate latest) {
    for (DateClue c : doc.clues()) {
      if (c.basis() == Basis.AGENCY_CODE) {
        LocalDate d = AgencyCodes.date(c.value());
        if (plausible(d, latest)) {
          return Publication.on(d, Basis.AGENCY_CODE, c.value());
        }
      }
    }
    return null;
  }

  private static Publication url(Document doc, LocalDate latest) {
    for (DateClue c : doc.clues()) {
      if (!c.where().equals("url")) {
        continue;
      }
      String path = c.value().replaceFirst("^[a-z]+://[^/]+", "");
      for (DateMention m : DateParser.find(path)) {
        if (m.precision() == Precision.DAY && plausible(m.date(), latest)) {
          return Publication.on(m.date(), Basis.METADATA, "url: " + c.value());
        }
      }
      for (DateMention m : DateParser.findCompact(path)) {
        if (plausible(m.date(), latest)) {
          return Publication.on(m.date(), Basis.METADATA, "url: " + c.value());
        }
      }
      Matcher ym = Pattern.compile("/((?:19|20)\\d{2})/(0?[1-9]|1[0-2])/").matcher(path);
      if (ym.find()) {
        LocalDate first = LocalDate.of(Integer.parseInt(ym.group(1)), Integer.parseInt(ym.group(2)), 1);
        LocalDate last = first.withDayOfMonth(first.lengthOfMonth());
        if (plausible(first, latest)) {
          return Publication.within(new DateRange(first, last.isAfter(latest) ? latest : last),
              Basis.METADATA, "url month: " + c.value());
        }
      }
    }
    return null;
  }

  /**
   * The range the text allows: after the latest past date it mentions, within the terms of the
   * officials it names with titles, not after {@code latest}.
   */
  DateRange inferRange(String text, LocalDate latest, List<String> evidence) {
    DateRange range = null;
    List<String> used = new ArrayList<>();
    DateRange byOfficials = OfficialsInference.combine(officials.constraints(text, latest), used);
    if (byOfficials != null) {
      range = byOfficials;
      evidence.addAll(used);
    }
    LocalDate mentioned = latestPastMention(text, latest);
    if (mentioned != null) {
      DateRange after = new DateRange(mentioned, latest);
      DateRange both = range == null ? after : range.intersect(after);
      if (both != null) {
        range = both;
        evidence.add("mentions " + mentioned);
      }
    }
    return range;
  }

  /** The latest date the text mentions outside future-tense sentences, at its first day. */
  private static LocalDate latestPastMention(String text, LocalDate latest) {
    LocalDate best = null;
    for (DateMention m : DateParser.find(text)) {
      if (m.precision() == Precision.MONTH_DAY || m.date().isAfter(latest) || m.date().isBefore(EARLIEST)) {
        continue;
      }
      if (FUTURE.matcher(sentenceAround(text, m.start())).find()) {
        continue;
      }
      if (best == null || m.date().isAfter(best)) {
        best = m.date();
      }
    }
    return best;
  }

  private static String sentenceAround(String text, int at) {
    int s = Math.max(Math.max(text.lastIndexOf(". ", at), text.lastIndexOf('\n', at)), 0);
    int e = text.indexOf(". ", at);
    int nl = text.indexOf('\n', at);
    e = e < 0 ? text.length() : e;
    e = nl >= 0 && nl < e ? nl : e;
    return text.substring(s, e);
  }

  /**
   * A wire dateline gives month and day; the year is the one in the inferred range, and when the
   * range spans several years, the one where the weekday the lead names falls on that day.
   */
  private static Publication dateline(Document doc, DateRange inferred, LocalDate latest) {
    DateClue clue = doc.clues().stream().filter(c -> c.basis() == Basis.DATELINE).findFirst().orElse(null);
    if (clue == null) {
      return null;
    }
    List<DateMention> found = DateParser.find(clue.value());
    if (found.isEmpty()) {
      return null;
    }
    DateMention md = found.get(0);
    if (md.precision() == Precision.DAY) {
      return plausible(md.date(), latest) ? Publication.on(md.date(), Basis.DATELINE, clue.value()) : null;
    }
    DateRange window = inferred != null ? inferred : new DateRange(latest.minusYears(1).plusDays(1), latest);
    DayOfWeek weekday = leadWeekday(doc.text());
    List<LocalDate> candidates = new ArrayList<>();
    for (int y = window.start().getYear(); y <= window.end().getYear(); y++) {
      LocalDate d = safeDate(y, md.date().getMonthValue(), md.date().getDayOfMonth());
      if (d != null && window.contains(d) && (weekday == null || d.getDayOfWeek() == weekday)) {
        candidates.add(d);
      }
    }
    if (candidates.size() != 1) {
      return null;
    }
    String why = clue.value() + (weekday == null ? "" : " on a " + weekday.toString().toLowerCase(Locale.ROOT)) + " within " + window;
    return Publication.on(candidates.get(0), Basis.DATELINE, why);
  }

  private static LocalDate safeDate(int y, int m, int d) {
    try {
      return LocalDate.of(y, m, d);
    } catch (java.time.DateTimeException e) {
      return null; // Feb. 29 in a common year
    }
  }

  /** The weekday named in the first paragraph ("met on Wednesday"), if exactly one is. */
  private static DayOfWeek leadWeekday(String text) {
    int end = text.indexOf("\n\n");
    String lead = end < 0 ? text : text.substring(0, end);
    Matcher m = WEEKDAY.matcher(lead);
    DayOfWeek found = null;
    while (m.find()) {
      DayOfWeek d = DayOfWeek.valueOf(m.group(1).toUpperCase(Locale.ROOT));
      if (found != null && found != d) {
        return null;
      }
      found = d;
    }
    return found;
  }

  /** For web pages, a last resort: the first full date written on the page. */
  private static Publication pageText(Document doc, LocalDate latest) {
    for (DateClue c : doc.clues()) {
      if (!c.where().equals("page-text")) {
        continue;
      }
      for (DateMention m : DateParser.find(c.value())) {
        if (m.precision() == Precision.DAY && plausible(m.date(), latest)) {
          return Publication.on(m.date(), Basis.METADATA, "first date on the page");
        }
      }
    }
    return null;
  }
}
