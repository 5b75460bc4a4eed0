package org.attache.coding;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Nouns that report an event by themselves: "a meeting in Moscow", "the airstrike", "talks with
 * Russia". PETRARCH codes verbs only; news says much with nouns. Immutable after reading.
 */
final class NounTriggers {
  /** How a noun's actors are found. */
  enum Kind {
    /** Participants act on one another: the governing subject's conjuncts, or "with X". */
    CONSULT,
    /** An actor acts on a target: "Israel's attack on the mission", "an attack by X on Y". */
    ACT
  }

  record Trigger(String code, Kind kind) {}

  private final Map<String, Trigger> byLemma;

  private NounTriggers(Map<String, Trigger> byLemma) {
    this.byLemma = Map.copyOf(byLemma);
  }

  static NounTriggers none() {
    return new NounTriggers(Map.of());
  }

  Trigger find(String lemmaOrWord) {
    return byLemma.get(lemmaOrWord.toLowerCase(Locale.ROOT));
  }

  static NounTriggers read(String file, Reader in) throws IOException, DictionaryFormatException {
    Map<String, Trigger> map = new HashMap<>();
    BufferedReader r = new BufferedReader(in);
    int lineNo = 0;
    for (String line = r.readLine(); line != null; line = r.readLine()) {
      lineNo++;
      if (lineNo == 1 || line.isBlank() || line.startsWith("#")) {
        continue;
      }
      String[] f = line.split("\t");
      if (f.length != 3 || !f[1].matches("\\d{3,4}")) {
        throw new DictionaryFormatException(file, lineNo, "expected noun, code and kind separated by tabs, found '" + line + "'");
      }
      try {
        map.put(f[0].strip().toLowerCase(Locale.ROOT), new Trigger(f[1], Kind.valueOf(f[2].strip())));
      } catch (IllegalArgumentException e) {
        throw new DictionaryFormatException(file, lineNo, "expected kind CONSULT or ACT, found '" + f[2] + "'");
      }
    }
    return new NounTriggers(map);
  }
}
