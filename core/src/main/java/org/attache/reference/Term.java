package org.attache.reference;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One person's term in one office. Immutable.
 *
 * @param name the usual English name
 * @param aliases spelling variants and distinctive short forms
 * @param country ISO alpha-3, or UNO, NATO, EU
 * @param role the office kind (HOS, HOG, FM ...), see {@link Role}
 * @param start the first day in office
 * @param end the last day in office, or null while in office
 */
public record Term(String name, List<String> aliases, String country, Role role, LocalDate start, LocalDate end) {
  public Term {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(country, "country");
    Objects.requireNonNull(role, "role");
    Objects.requireNonNull(start, "start");
    aliases = List.copyOf(aliases);
    if (end != null && end.isBefore(start)) {
      throw new IllegalArgumentException("term of " + name + " ends " + end + " before it starts " + start);
    }
  }
}
