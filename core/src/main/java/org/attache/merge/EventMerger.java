package org.attache.merge;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attache.model.ActorRef;
import org.attache.model.Event;
import org.attache.model.Location;
import org.attache.model.StoredEvent;
import org.attache.reference.Fold;

/**
 * Decides whether event reports describe one happening, and combines those that do into one
 * stored event with its conflicts.
 *
 * <p>Two reports can be one happening only when they have the same {@link #key key}: the same
 * source and target (by country, else by the words naming them) and the same CAMEO root. Within
 * one article that and compatible dates suffice. Across articles the dates must also agree and,
 * unless both give the same day, the evidence must share words beyond the actors' names; a
 * disagreement on the date is tolerated, and flagged, only for the one-off acts of {@link
 * #ONE_OFF} with shared distinctive words, or for nearly identical evidence a day apart (a wire
 * story dated in two time zones).
 *
 * <p>Design decision: recurring acts (meetings, statements, visits) on two different days stay
 * two events even with identical wording, because ministers really do meet twice in a month;
 * a signing of the same named agreement is a single act, so two dates for it are a conflict of
 * reports rather than two signings.
 *
 * <p>Immutable and thread-safe.
 */
public final class EventMerger {
  /** How two reports relate. */
  public enum Verdict {
    DIFFERENT,
    SAME,
    /** The same happening, but the reports disagree on when. */
    SAME_WITH_CONFLICT
  }

  /** CAMEO codes (by prefix) of acts that happen once: signing a formal agreement. */
  static final Set<String> ONE_OFF = Set.of("057");
  private static final Set<String> GENERIC = Set.of("sign", "signs", "signed", "signing", "agreement", "agreements",
      "treaty", "treaties", "accord", "accords", "deal", "deals", "pact", "new", "document", "documents", "memorandum",
      "year", "years", "day", "month", "week", "today", "yesterday", "country", "countries", "two", "both", "sides");
  private static final Set<String> STOP = Set.of("the", "and", "for", "with", "that", "this", "from", "was", "were",
      "are", "has", "had", "have", "its", "their", "his", "her", "they", "them", "which", "who", "will", "would",
      "been", "being", "also", "into", "over", "after", "before", "about", "said", "says", "say", "but", "not", "all",
      "on", "in", "of", "to", "a", "an", "at", "by", "as", "is", "it", "be", "or", "than", "then", "there", "here",
      "other", "such", "these", "those", "during", "while", "when", "where", "what", "some", "any", "more", "most",
      "between", "against", "amid", "part", "january", "february", "march", "april", "may", "june", "july", "august",
      "september", "october", "november", "december", "monday", "tuesday", "wednesday", "thursday", "friday",
      "saturday", "sunday", "last", "next", "earlier", "later");

  private final double sameWordsThreshold;

  /** A merger with the thresholds measured on the seeds and ECB+ (see the README). */
  public EventMerger() {
    this(0.15);
  }

  /** @param sameWordsThreshold the evidence-word overlap (Jaccard) that two reports of overlapping dates need */
  public EventMerger(double sameWordsThreshold) {
    if (sameWordsThreshold < 0 || sameWordsThreshold > 1) {
      throw new IllegalArgumentException("sameWordsThreshold must be in [0, 1], was " + sameWordsThreshold);
    }
    this.sameWordsThreshold = sameWordsThreshold;
  }

  /**
   * The blocking key: only reports with equal keys can be one happening. Source, target and the
   * CAMEO root, e.g. {@code IRN>RUS:04}.
   */
  public static String key(Event e) {
    return actorKey(e.source()) + ">" + (e.target() == null ? "-" : actorKey(e.target())) + ":" + root(e.code());
  }

  /** The CAMEO root of a code: its first two characters. */
  public static String root(String code) {
    return code.length() >= 2 ? code.substring(0, 2) : code;
  }

  private static String actorKey(ActorRef a) {
    if (a.country() != null) {
      return a.country();
    }
    return a.code() != null ? a.code() : "?" + Fold.fold(a.text()).toLowerCase(Locale.ROOT);
  }

  /** How two reports from different articles relate. */
  public Verdict compare(Event a, Event b) {
    if (!key(a).equals(key(b)) || namesDiffer(a.source(), b.source()) || namesDiffer(a.target(), b.target())) {
      return Verdict.DIFFERENT;
    }
    DateSpan da = DateSpan.of(a.date(), a.dateBasis());
    DateSpan db = DateSpan.of(b.date(), b.dateBasis());
    double words = similarity(a, b);
    if (da == null || db == null) {
      // No date to compare is no evidence against: judged as overlapping dates are (measured on
      // ECB+, where no scored event has a date: CoNLL F1 0.577 with 0.5 here, 0.746 with this).
      return words >= sameWordsThreshold ? Verdict.SAME : Verdict.DIFFERENT;
    }
    if (da.overlaps(db)) {
      boolean sameDay = da.strong() && db.strong() && da.days() == 1 && da.equals(db);
      return sameDay || words >= sameWordsThreshold ? Verdict.SAME : Verdict.DIFFERENT;
    }
    if (da.strong() && db.strong() && ((words >= 0.5 && daysApart(da, db) <= 1) || oneOff(a, b, da, db))) {
      return Verdict.SAME_WITH_CONFLICT;
    }
    return Verdict.DIFFERENT;
  }

  /** Whether two reports in the same article are one happening. */
  public boolean sameInDocument(Event a, Event b) {
    if (!key(a).equals(key(b)) || namesDiffer(a.source(), b.source()) || namesDiffer(a.target(), b.target())) {
      return false;
    }
    DateSpan da = DateSpan.of(a.date(), a.dateBasis());
    DateSpan db = DateSpan.of(b.date(), b.dateBasis());
    return da == null || db == null || da.overlaps(db);
  }

  /**
   * Groups an article's events into happenings, keeping the article's order: each group's first
   * event is where the article first reports it.
   */
  public List<List<Event>> groupWithinDocument(List<Event> events) {
    List<List<Event>> groups = new ArrayList<>();
    for (Event e : events) {
      List<Event> home = null;
      for (List<Event> g : groups) {
        if (g.stream().allMatch(x -> sameInDocument(x, e))) {
          home = g;
          break;
        }
      }
      if (home == null) {
        home = new ArrayList<>();
        groups.add(home);
      }
      home.add(e);
    }
    return groups;
  }

  /** Days between two spans that do not overlap. */
  private static long daysApart(DateSpan a, DateSpan b) {
    return a.last().isBefore(b.first()) ? b.first().toEpochDay() - a.last().toEpochDay()
        : a.first().toEpochDay() - b.last().toEpochDay();
  }

  private boolean oneOff(Event a, Event b, DateSpan da, DateSpan db) {
    boolean oneOffCode = ONE_OFF.stream().anyMatch(c -> a.code().startsWith(c) && b.code().startsWith(c));
    long yearsApart = Math.abs(da.first().getYear() - db.first().getYear());
    if (!oneOffCode || yearsApart > 1) {
      return false;
    }
    Set<String> shared = new HashSet<>(words(a));
    shared.retainAll(words(b));
    shared.removeAll(GENERIC);
    return !shared.isEmpty();
  }

  private static final Set<String> BODIES = Set.of("ministry", "government", "council", "office", "parliament",
      "embassy", "army", "forces", "kremlin", "cabinet", "administration", "department", "committee", "delegation",
      "mission", "assembly", "house", "agency", "service", "presidency", "court");

  /**
   * Whether two actors are named as different people: "Ryabkov" is not "Bogdanov", but "Jalali"
   * is "Kazem Jalali", and a body ("the Foreign Ministry") is never a different person from one
   * who speaks for it.
   */
  static boolean namesDiffer(ActorRef a, ActorRef b) {
    if (a == null || b == null || a.name() == null || b.name() == null) {
      return false;
    }
    Set<String> wa = new HashSet<>(tokens(a.name()));
    Set<String> wb = new HashSet<>(tokens(b.name()));
    if (wa.stream().anyMatch(BODIES::contains) || wb.stream().anyMatch(BODIES::contains)) {
      return false;
    }
    return !wa.containsAll(wb) && !wb.containsAll(wa);
  }

  /** Jaccard overlap of the evidence sentences' content words, leaving out the actors' own words. */
  static double similarity(Event a, Event b) {
    Set<String> wa = words(a);
    Set<String> wb = words(b);
    if (wa.isEmpty() || wb.isEmpty()) {
      return 0;
    }
    Set<String> inter = new HashSet<>(wa);
    inter.retainAll(wb);
    return inter.size() / (double) (wa.size() + wb.size() - inter.size());
  }

  static Set<String> words(Event e) {
    Set<String> actorWords = new HashSet<>(tokens(e.source().text()));
    if (e.target() != null) {
      actorWords.addAll(tokens(e.target().text()));
    }
    Set<String> out = new HashSet<>();
    for (String w : tokens(e.sentence())) {
      if (w.length() >= 3 && !STOP.contains(w) && !actorWords.contains(w) && !w.chars().allMatch(Character::isDigit)) {
        out.add(w);
      }
    }
    return out;
  }

  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    for (String w : Fold.fold(s).toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}-]+")) {
      String t = w.replaceAll("^-+|-+$", "");
      if (!t.isEmpty()) {
        out.add(t);
      }
    }
    return out;
  }

  /**
   * Combines the reports of one happening (in the order they were stored) into a stored event.
   * The record is the report with the surest date (given by the text, then inferred, then the
   * publication's; then the most precise); its id is the first report's, so it does not
   * change as reports arrive. Actors' names and the place are filled from other reports where
   * the chosen one lacks them.
   */
  public static StoredEvent combine(List<Event> reports) {
    if (reports.isEmpty()) {
      throw new IllegalArgumentException("combine needs at least one report");
    }
    Event best = reports.stream().min(Comparator.comparingInt(EventMerger::dateRank)
        .thenComparing(e -> -precision(e.date())).thenComparing(e -> -e.confidence())).orElseThrow();
    Event first = reports.get(0);
    Location place = best.location();
    for (Event r : reports) {
      place = place != null ? place : r.location();
    }
    Event merged = new Event(first.id(), best.doc(), best.code(), best.quadClass(), best.goldstein(), best.plover(),
        fill(best.source(), reports, true), best.target() == null ? null : fill(best.target(), reports, false),
        best.date(), best.dateBasis(), place, best.sentence(), best.spanStart(), best.spanEnd(),
        reports.stream().mapToDouble(Event::confidence).max().orElse(best.confidence()), best.trigger());
    Set<String> docs = new HashSet<>();
    List<StoredEvent.Mention> mentions = new ArrayList<>();
    for (Event r : reports) {
      docs.add(r.doc());
      mentions.add(StoredEvent.Mention.of(r));
    }
    return new StoredEvent(merged, mentions, docs.size(), conflicts(reports));
  }

  private static ActorRef fill(ActorRef a, List<Event> reports, boolean source) {
    if (a.name() != null) {
      return a;
    }
    for (Event r : reports) {
      ActorRef o = source ? r.source() : r.target();
      if (o != null && o.name() != null && Objects.equals(o.country(), a.country())) {
        return new ActorRef(a.text(), o.name(), a.code() != null ? a.code() : o.code(), a.country());
      }
    }
    return a;
  }

  private static int dateRank(Event e) {
    if (e.date() == null) {
      return 9;
    }
    // A date the text gives ("in 2024", "on January 17") outranks one inferred or assumed; among
    // those the text gives, the more precise wins (below), however the year was found.
    return switch (e.dateBasis() == null ? "" : e.dateBasis()) {
      case "explicit", "relative" -> 0;
      case "inferred" -> 1;
      case "publication" -> 2;
      default -> 3;
    };
  }

  private static int precision(String date) {
    return date == null ? 0 : date.length();
  }

  /** Notes on strong dates that cannot both be right, and on places in different countries. */
  static List<String> conflicts(List<Event> reports) {
    Map<String, String> dates = new LinkedHashMap<>(); // date -> first doc giving it
    Map<String, String> places = new LinkedHashMap<>();
    for (Event r : reports) {
      DateSpan s = DateSpan.of(r.date(), r.dateBasis());
      if (s != null && s.strong()) {
        dates.putIfAbsent(r.date(), r.doc());
      }
      if (r.location() != null && r.location().country() != null) {
        places.putIfAbsent(r.location().country(), r.location().name() + " (" + r.doc() + ")");
      }
    }
    List<String> out = new ArrayList<>();
    List<String> ds = new ArrayList<>(dates.keySet());
    for (int i = 0; i < ds.size(); i++) {
      for (int j = i + 1; j < ds.size(); j++) {
        DateSpan a = DateSpan.of(ds.get(i), "explicit");
        DateSpan b = DateSpan.of(ds.get(j), "explicit");
        if (a != null && b != null && !a.overlaps(b)) {
          out.add("date: " + ds.get(i) + " (" + dates.get(ds.get(i)) + ") vs " + ds.get(j) + " (" + dates.get(ds.get(j)) + ")");
        }
      }
    }
    if (places.size() > 1) {
      out.add("place: " + String.join(" vs ", places.values()));
    }
    return out;
  }
}
