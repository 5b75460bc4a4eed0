package org.attache.resolve.actor;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.attache.reference.Countries;
import org.attache.reference.Fold;
import org.attache.reference.OfficeHolders;
import org.attache.reference.Role;
import org.attache.reference.Term;

/**
 * Who held an office on a day: "the Iranian president" in an article of 2025 is Masoud
 * Pezeshkian, in one of 2023 Ebrahim Raisi. Titles are tried from the most specific ("deputy
 * foreign minister" before "foreign minister", "vice president" before "president"); the
 * description must name the country ("the president" alone could be anyone's), and ambassadors
 * and envoys, many at a time, are never guessed. Immutable and thread-safe.
 */
public final class OfficeLookup {
  private static final List<Role> SPECIFIC_FIRST = List.of(Role.DEPFM, Role.VICEPRES, Role.SECGEN, Role.NSA,
      Role.INTEL, Role.SPOKES, Role.DEFMIN, Role.FM, Role.SPEAKER, Role.LEADER, Role.HOG, Role.HOS);

  private final OfficeHolders holders;
  private final Countries countries;

  public OfficeLookup(OfficeHolders holders, Countries countries) {
    this.holders = Objects.requireNonNull(holders, "holders");
    this.countries = Objects.requireNonNull(countries, "countries");
  }

  /** Whether the words name someone the table lists for that country ("Levan Dzhagaryan", RUS). */
  public boolean namesHolderOf(String words, String country) {
    if (country == null) {
      return false;
    }
    String folded = Fold.fold(words);
    return holders.terms().stream().filter(t -> t.country().equals(country))
        .anyMatch(t -> folded.contains(Fold.fold(t.name()))
            || t.aliases().stream().anyMatch(a -> a.length() >= 5 && folded.contains(Fold.fold(a))));
  }

  /**
   * The holder of the office a description names, for a country and a day.
   *
   * @param description the words naming the actor ("Iran's Foreign Minister")
   * @param country ISO alpha-3 of the actor's country
   */
  public Optional<String> holder(String description, String country, LocalDate day) {
    if (country == null || day == null) {
      return Optional.empty();
    }
    String folded = Fold.fold(description);
    boolean namesCountry = countries.words(country).stream()
        .anyMatch(w -> folded.matches("(?s).*\\b" + java.util.regex.Pattern.quote(Fold.fold(w)) + "\\b.*"));
    if (!namesCountry) {
      return Optional.empty();
    }
    for (Role role : SPECIFIC_FIRST) {
      if (!role.title().matcher(folded).find() || (role == Role.HOS && folded.matches(".*\\bvice\\b.*"))) {
        continue;
      }
      List<Term> holding = holders.terms().stream()
          .filter(t -> t.role() == role && t.country().equals(country))
          .filter(t -> !t.start().isAfter(day) && (t.end() == null || !t.end().isBefore(day)))
          .toList();
      // Ambassadors and envoys are many at once: a title alone does not say which.
      if (holding.size() == 1) {
        return Optional.of(holding.get(0).name());
      }
      return Optional.empty();
    }
    return Optional.empty();
  }
}
