package org.attache.docdate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.model.DateRange;
import org.attache.reference.Countries;
import org.attache.reference.Fold;
import org.attache.reference.OfficeHolders;
import org.attache.reference.Term;

/**
 * Bounds a publication date by the terms of office of the officials an article names with their
 * titles: "Iranian President Ebrahim Raisi" was written while Raisi was president. A person is
 * counted only when a title of one of their offices and their country stand near their name, or
 * when the article names the office ("the Iranian foreign minister") and exactly one holder of it
 * appears. "Former" before the title bounds the date from the other side. Immutable and
 * thread-safe.
 */
final class OfficialsInference {
  private static final int BEFORE = 80;
  private static final int AFTER = 100;
  private static final int COUNTRY_WINDOW = 140;
  private static final Pattern FORMER = Pattern.compile("\\b(former|ex|then|late|outgoing|previous|erstwhile)\\b([\\s']+[\\w']+){0,2}\\s*$");

  /** One person's name variants and their terms. */
  private record Person(String name, List<String> variants, List<Term> terms) {}

  /** What one named official says about the date. */
  record Constraint(String person, List<DateRange> allowed, String evidence) {
    LocalDate latestStart() {
      return allowed.stream().map(DateRange::start).max(LocalDate::compareTo).orElse(LocalDate.MIN);
    }
  }

  private final List<Person> people;
  private final Countries countries;

  OfficialsInference(OfficeHolders holders, Countries countries) {
    this.countries = countries;
    Map<String, List<Term>> byName = new LinkedHashMap<>();
    for (Term t : holders.terms()) {
      byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
    }
    List<Person> list = new ArrayList<>();
    for (Map.Entry<String, List<Term>> e : byName.entrySet()) {
      List<String> variants = new ArrayList<>();
      variants.add(Fold.fold(e.getKey()));
      for (Term t : e.getValue()) {
        for (String a : t.aliases()) {
          String f = Fold.fold(a);
          if (f.length() >= 4 && !variants.contains(f)) {
            variants.add(f);
          }
        }
      }
      list.add(new Person(e.getKey(), List.copyOf(variants), List.copyOf(e.getValue())));
    }
    this.people = List.copyOf(list);
  }

  /** The constraints the text supports, one per official named with a title. */
  List<Constraint> constraints(String text, LocalDate today) {
    String folded = Fold.fold(text);
    List<Constraint> out = new ArrayList<>();
    Map<String, List<Term>> unplaced = new LinkedHashMap<>();
    for (Person p : people) {
      List<int[]> hits = occurrences(folded, p.variants());
      if (hits.isEmpty()) {
        continue;
      }
      Constraint c = constraint(p, folded, hits, today);
      if (c != null) {
        out.add(c);
      } else {
        for (Term t : p.terms()) {
          unplaced.computeIfAbsent(t.country() + " " + t.role(), k -> new ArrayList<>()).add(t);
        }
      }
    }
    officeNamedElsewhere(folded, unplaced, today, out);
    return out;
  }

  /**
   * "The Iranian foreign minister has said ..." in one paragraph and the minister's name in the
   * next: when the article names an office and exactly one of its holders, that holder counts.
   */
  private void officeNamedElsewhere(String folded, Map<String, List<Term>> unplaced, LocalDate today,
      List<Constraint> out) {
    for (List<Term> terms : unplaced.values()) {
      Term t = terms.get(0);
      boolean onePerson = terms.stream().allMatch(x -> x.name().equals(t.name()));
      if (!onePerson || !officeNamed(folded, t)) {
        continue;
      }
      List<DateRange> allowed = new ArrayList<>();
      for (Term x : terms) {
        LocalDate end = x.end() == null ? today : x.end();
        if (!x.start().isAfter(end)) {
          allowed.add(new DateRange(x.start(), end));
        }
      }
      if (!allowed.isEmpty()) {
        out.add(new Constraint(t.name(), List.copyOf(allowed), t.country() + " " + t.role() + " " + t.name()));
      }
    }
  }

  /** The office itself is named with its country: "Iran's foreign minister", "foreign minister of Iran". */
  private boolean officeNamed(String folded, Term t) {
    Matcher title = t.role().title().matcher(folded);
    while (title.find()) {
      String before = folded.substring(Math.max(0, title.start() - 30), title.start());
      String after = folded.substring(title.end(), Math.min(folded.length(), title.end() + 30));
      for (String w : countries.words(t.country())) {
        String f = Fold.fold(w);
        if (before.matches("(?s).*\\b" + Pattern.quote(f) + "('s)?\\s+(\\w+\\s+)?$")
            || after.matches("(?s)^\\s+(of|for)\\s+(the\\s+)?" + Pattern.quote(f) + "\\b.*")) {
          return !FORMER.matcher(before).find();
        }
      }
    }
    return false;
  }

  private Constraint constraint(Person p, String folded, List<int[]> hits, LocalDate today) {
    List<DateRange> allowed = new ArrayList<>();
    String evidence = null;
    for (Term t : p.terms()) {
      for (int[] hit : hits) {
        Matcher title = titleNear(t, folded, hit);
        if (title == null || !countryNear(t, folded, hit)) {
          continue;
        }
        LocalDate end = t.end() == null ? today : t.end();
        String before = folded.substring(Math.max(0, title.start() - 20), title.start());
        if (FORMER.matcher(before).find()) {
          if (t.end() != null && t.end().isBefore(today)) {
            allowed.add(new DateRange(t.end().plusDays(1), today));
            evidence = "former " + t.role() + " " + p.name();
          }
        } else if (!t.start().isAfter(end)) {
          allowed.add(new DateRange(t.start(), end));
          evidence = t.country() + " " + t.role() + " " + p.name();
        }
        break;
      }
    }
    return allowed.isEmpty() ? null : new Constraint(p.name(), List.copyOf(allowed), evidence);
  }

  private static Matcher titleNear(Term t, String folded, int[] hit) {
    int from = paragraphStart(folded, hit[0], BEFORE);
    int to = paragraphEnd(folded, hit[1], AFTER);
    Matcher m = t.role().title().matcher(folded);
    m.region(from, to);
    return m.find() ? m : null;
  }

  private boolean countryNear(Term t, String folded, int[] hit) {
    int from = Math.max(0, hit[0] - COUNTRY_WINDOW);
    int to = Math.min(folded.length(), hit[1] + COUNTRY_WINDOW);
    String window = folded.substring(from, to);
    for (String w : countries.words(t.country())) {
      if (!occurrences(window, List.of(Fold.fold(w))).isEmpty()) {
        return true;
      }
    }
    return false;
  }

  private static int paragraphStart(String s, int at, int max) {
    int from = Math.max(0, at - max);
    int nl = s.lastIndexOf("\n\n", at);
    return Math.max(from, nl < 0 ? 0 : nl);
  }

  private static int paragraphEnd(String s, int at, int max) {
    int to = Math.min(s.length(), at + max);
    int nl = s.indexOf("\n\n", at);
    return nl < 0 ? to : Math.min(to, nl);
  }

  /** Whole-word occurrences of any variant, as [start, end] pairs. */
  static List<int[]> occurrences(String folded, List<String> variants) {
    List<int[]> out = new ArrayList<>();
    for (String v : variants) {
      if (v.isEmpty()) {
        continue;
      }
      for (int i = folded.indexOf(v); i >= 0; i = folded.indexOf(v, i + 1)) {
        int end = i + v.length();
        boolean startOk = i == 0 || !Character.isLetterOrDigit(folded.charAt(i - 1));
        boolean endOk = end == folded.length() || !Character.isLetterOrDigit(folded.charAt(end));
        if (startOk && endOk) {
          out.add(new int[] {i, end});
        }
      }
    }
    return out;
  }

  /**
   * Intersects the constraints, latest-starting first, skipping any that would empty the result:
   * the official whose term began last is most likely the one the article describes as current.
   *
   * @return the bounding range of what remains, or null when no constraint applied
   */
  static DateRange combine(List<Constraint> constraints, List<String> used) {
    List<Constraint> sorted = new ArrayList<>(constraints);
    sorted.sort((a, b) -> b.latestStart().compareTo(a.latestStart()));
    List<DateRange> current = null;
    for (Constraint c : sorted) {
      List<DateRange> next = current == null ? c.allowed() : intersect(current, c.allowed());
      if (!next.isEmpty()) {
        current = next;
        used.add(c.evidence());
      }
    }
    if (current == null) {
      return null;
    }
    LocalDate start = current.stream().map(DateRange::start).min(LocalDate::compareTo).orElseThrow();
    LocalDate end = current.stream().map(DateRange::end).max(LocalDate::compareTo).orElseThrow();
    return new DateRange(start, end);
  }

  private static List<DateRange> intersect(List<DateRange> a, List<DateRange> b) {
    List<DateRange> out = new ArrayList<>();
    for (DateRange x : a) {
      for (DateRange y : b) {
        DateRange z = x.intersect(y);
        if (z != null) {
          out.add(z);
        }
      }
    }
    return out;
  }
}
