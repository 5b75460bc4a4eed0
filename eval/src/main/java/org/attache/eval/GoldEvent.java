package org.attache.eval;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * One hand-coded event of a gold folder ({@code ../shared/data/gold/README.md}): the document,
 * the sides' countries or organisation codes ({@code "*"}: anything, or absent), whether the
 * sides are ordered, the CAMEO roots a coder could defend, the window of days the happening
 * took place in and the least precision a right date must have. Immutable.
 *
 * @param prec {@code day}, {@code month}, {@code year} or {@code any}
 */
record GoldEvent(String doc, String id, List<String> a, List<String> b, boolean ordered, List<String> roots,
    LocalDate from, LocalDate to, String prec, boolean required, String sentence) {
  GoldEvent {
    Objects.requireNonNull(doc, "doc");
    a = List.copyOf(a);
    b = List.copyOf(b);
    roots = List.copyOf(roots);
    if (!List.of("day", "month", "year", "any").contains(prec)) {
      throw new IllegalArgumentException("prec must be day, month, year or any, was '" + prec + "'");
    }
    if (from.isAfter(to)) {
      throw new IllegalArgumentException("gold event " + id + " ends (" + to + ") before it starts (" + from + ")");
    }
  }

  /** A gold line as the README writes it; missing fields are errors naming the field. */
  static GoldEvent of(JsonNode n) {
    return new GoldEvent(text(n, "doc"), text(n, "id"), list(n, "a"), list(n, "b"), n.path("ordered").asBoolean(true),
        list(n, "roots"), LocalDate.parse(text(n, "from")), LocalDate.parse(text(n, "to")), text(n, "prec"),
        n.path("required").asBoolean(false), n.path("sentence").asText(""));
  }

  private static String text(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isTextual()) {
      throw new IllegalArgumentException("expected a string field '" + field + "', found " + v);
    }
    return v.asText();
  }

  private static List<String> list(JsonNode n, String field) {
    JsonNode v = n.get(field);
    if (v == null || !v.isArray() || v.isEmpty()) {
      throw new IllegalArgumentException("expected a non-empty list field '" + field + "', found " + v);
    }
    List<String> out = new ArrayList<>();
    v.forEach(x -> out.add(x.asText()));
    return out;
  }

  /** Whether a side fits: its code is listed, or the list allows anything (also no actor). */
  static boolean fits(List<String> allowed, String country) {
    return allowed.contains("*") || (country != null && allowed.contains(country));
  }

  /** Whether an event of this root between these sides (target may be null) is this happening. */
  boolean matches(String root, String source, String target) {
    if (!roots.contains(root)) {
      return false;
    }
    boolean straight = fits(a, source) && fits(b, target);
    return straight || (!ordered && fits(a, target) && fits(b, source));
  }

  /**
   * Whether a system date ({@code YYYY-MM-DD}, {@code YYYY-MM}, {@code YYYY} or null) is right:
   * at least as precise as {@code prec} asks, and inside the window (a day) or overlapping it (a
   * month or a year, whose precision already says how far it may reach).
   */
  boolean dateFits(String date) {
    if (date == null) {
      return false;
    }
    int precision = date.length() == 10 ? 3 : date.length() == 7 ? 2 : date.length() == 4 ? 1 : 0;
    int needed = switch (prec) {
      case "day" -> 3;
      case "month" -> 2;
      case "year" -> 1;
      default -> 1;
    };
    if (precision < needed) {
      return false;
    }
    LocalDate start = switch (precision) {
      case 3 -> LocalDate.parse(date);
      case 2 -> LocalDate.parse(date + "-01");
      default -> LocalDate.parse(date + "-01-01");
    };
    LocalDate end = switch (precision) {
      case 3 -> start;
      case 2 -> start.plusMonths(1).minusDays(1);
      default -> start.plusYears(1).minusDays(1);
    };
    return !end.isBefore(from) && !start.isAfter(to);
  }
}
