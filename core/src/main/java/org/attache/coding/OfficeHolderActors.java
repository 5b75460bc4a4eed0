package org.attache.coding;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.reference.OfficeHolders;
import org.attache.reference.Role;
import org.attache.reference.Term;

/**
 * The project's dated office holders as actor-dictionary entries: "Masoud Pezeshkian" is
 * {@code IRNGOV} from 2024-07-28, "Zarif" {@code IRNGOV} while foreign minister and
 * {@code IRNELI} (a member of the elite) outside his terms. Stateless.
 */
final class OfficeHolderActors {
  private OfficeHolderActors() {}

  static List<ActorDictionary.Entry> entries(OfficeHolders holders) {
    Map<String, List<Term>> byName = new LinkedHashMap<>();
    for (Term t : holders.terms()) {
      byName.computeIfAbsent(t.name(), k -> new ArrayList<>()).add(t);
    }
    List<ActorDictionary.Entry> out = new ArrayList<>();
    for (List<Term> terms : byName.values()) {
      List<ActorDictionary.DatedCode> dated = new ArrayList<>();
      for (Term t : terms) {
        dated.add(new ActorDictionary.DatedCode(country(t.country()) + agent(t.role()), t.start(), t.end()));
      }
      ActorDictionary.Actor actor = new ActorDictionary.Actor(List.copyOf(dated), country(terms.get(0).country()) + "ELI");
      List<String> names = new ArrayList<>();
      names.add(terms.get(0).name());
      for (Term t : terms) {
        t.aliases().stream().filter(a -> !names.contains(a)).forEach(names::add);
      }
      for (String name : names) {
        List<String> words = Phrases.words(name.replace('-', ' '));
        if (!words.isEmpty()) {
          out.add(new ActorDictionary.Entry(List.copyOf(words), actor));
        }
      }
    }
    return out;
  }

  private static String country(String code) {
    return switch (code) {
      case "UNO" -> "IGOUNO";
      case "NATO" -> "IGOWSTNAT";
      case "EU" -> "IGOEUREEC";
      default -> code;
    };
  }

  /** The CAMEO agent code of an office: government, legislature, intelligence. */
  static String agent(Role role) {
    return switch (role) {
      case SPEAKER -> "LEG";
      case INTEL -> "SPY";
      case SECGEN -> "";
      default -> "GOV";
    };
  }
}
