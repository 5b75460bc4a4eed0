package org.attache.reference;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Countries by ISO 3166-1 alpha-3 code with the names and adjectives news uses for them
 * ("Iran", "Iranian", "Tehran"). Immutable and thread-safe after loading.
 */
public final class Countries {
  private static final String FOLDER = "/org/attache/data/countries";
  private final Map<String, List<String>> namesAndAdjectives;

  private Countries(Map<String, List<String>> namesAndAdjectives) {
    this.namesAndAdjectives = namesAndAdjectives;
  }

  /** Loads the bundled table. */
  public static Countries load() throws ResourceFormatException {
    Tsv.manifest(FOLDER);
    Map<String, List<String>> map = new HashMap<>();
    for (Tsv.Row row : Tsv.read(FOLDER + "/countries.tsv", "iso3\tnames\tadjectives\tcapitals")) {
      String iso = row.fields()[0];
      if (!iso.matches("[A-Z]{3}")) {
        throw new ResourceFormatException("countries.tsv", row.line(), "expected an ISO alpha-3 code, found '" + iso + "'");
      }
      List<String> words = new ArrayList<>();
      for (int i = 1; i <= 3; i++) {
        for (String w : row.fields()[i].split("\\|")) {
          if (!w.isBlank()) {
            words.add(w.strip());
          }
        }
      }
      map.put(iso, List.copyOf(words));
    }
    map.put("UNO", List.of("UN", "United Nations", "U.N."));
    map.put("NATO", List.of("NATO", "North Atlantic Treaty Organization", "alliance"));
    map.put("EU", List.of("EU", "European Union", "European", "Brussels"));
    return new Countries(Map.copyOf(map));
  }

  /** Every ISO alpha-3 code the table knows. */
  public java.util.Set<String> codes() {
    return namesAndAdjectives.keySet();
  }

  /** The names, adjectives and capital of a country (or UNO, NATO, EU), or an empty list. */
  public List<String> words(String iso3) {
    return namesAndAdjectives.getOrDefault(iso3, List.of());
  }
}
