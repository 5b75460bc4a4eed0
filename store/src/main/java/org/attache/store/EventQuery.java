package org.attache.store;

import java.time.LocalDate;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.List;

/**
 * Which stored events to return. Every filter is optional (null); all given filters must hold.
 * Immutable.
 *
 * @param actor an actor code or its prefix ({@code IRNGOV}, {@code IRN}), or part of a name
 *     ({@code Lavrov}), on either side
 * @param country an ISO alpha-3 code on either side
 * @param dyad two countries, in either direction
 * @param codePrefix a CAMEO code prefix ({@code 04}, {@code 057})
 * @param from the first day (inclusive) an event's date may reach
 * @param to the last day (inclusive)
 * @param ids only these events (from a text search), or null for any
 * @param limit at most this many
 * @param offset skip this many first (paging)
 */
public record EventQuery(String actor, String country, List<String> dyad, String codePrefix, LocalDate from, LocalDate to,
    List<String> ids, int limit, int offset) {
  /** The most events one query returns. */
  public static final int MAX_LIMIT = 1_000_000;

  public EventQuery {
    if (dyad != null) {
      if (dyad.size() != 2) {
        throw new IllegalArgumentException("a dyad is two countries, was " + dyad);
      }
      dyad = List.copyOf(dyad);
    }
    if (ids != null) {
      ids = List.copyOf(ids);
    }
    if (limit < 0 || limit > MAX_LIMIT) {
      throw new IllegalArgumentException("limit must be between 0 and " + MAX_LIMIT + ", was " + limit);
    }
    if (offset < 0) {
      throw new IllegalArgumentException("offset must not be negative, was " + offset);
    }
  }

  /** Every event. */
  public static EventQuery all() {
    return new EventQuery(null, null, null, null, null, null, null, MAX_LIMIT, 0);
  }

  public EventQuery withActor(String a) {
    return new EventQuery(a, country, dyad, codePrefix, from, to, ids, limit, offset);
  }

  public EventQuery withCountry(String c) {
    return new EventQuery(actor, c, dyad, codePrefix, from, to, ids, limit, offset);
  }

  public EventQuery withDyad(String a, String b) {
    return new EventQuery(actor, country, List.of(a, b), codePrefix, from, to, ids, limit, offset);
  }

  public EventQuery withCode(String prefix) {
    return new EventQuery(actor, country, dyad, prefix, from, to, ids, limit, offset);
  }

  public EventQuery between(LocalDate f, LocalDate t) {
    return new EventQuery(actor, country, dyad, codePrefix, f, t, ids, limit, offset);
  }

  public EventQuery withIds(List<String> only) {
    return new EventQuery(actor, country, dyad, codePrefix, from, to, only, limit, offset);
  }

  public EventQuery page(int newLimit, int newOffset) {
    return new EventQuery(actor, country, dyad, codePrefix, from, to, ids, newLimit, newOffset);
  }

  /**
   * A date bound from the user: {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}; a lower bound
   * takes the first day, an upper bound the last.
   *
   * @throws IllegalArgumentException naming the value when it is none of those
   */
  public static LocalDate bound(String value, boolean upper) {
    try {
      return switch (value.length()) {
        case 4 -> upper ? LocalDate.of(Integer.parseInt(value), 12, 31) : LocalDate.of(Integer.parseInt(value), 1, 1);
        case 7 -> upper ? YearMonth.parse(value).atEndOfMonth() : YearMonth.parse(value).atDay(1);
        case 10 -> LocalDate.parse(value);
        default -> throw new IllegalArgumentException("not a date: '" + value + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)");
      };
    } catch (DateTimeParseException | NumberFormatException e) {
      throw new IllegalArgumentException("not a date: '" + value + "' (expected YYYY, YYYY-MM or YYYY-MM-DD)", e);
    }
  }
}
