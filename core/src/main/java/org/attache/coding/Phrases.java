package org.attache.coding;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/** Word-level helpers the dictionary readers share. Stateless. */
final class Phrases {
  private Phrases() {}

  /** A dictionary phrase as upper-case words: "ARNOR_", "Minas Tirith" and "MINAS_TIRITH" alike. */
  static List<String> words(String phrase) {
    List<String> out = new ArrayList<>();
    for (String w : phrase.replace('_', ' ').trim().split("\\s+")) {
      if (!w.isEmpty()) {
        out.add(w.toUpperCase(Locale.ROOT));
      }
    }
    return out;
  }

  /** A line without its {@code #} comment; a '#' inside a code's brackets ({@code [###]}) is kept. */
  static String stripComment(String line) {
    int depth = 0;
    for (int i = 0; i < line.length(); i++) {
      char c = line.charAt(i);
      if (c == '[') {
        depth++;
      } else if (c == ']') {
        depth = Math.max(0, depth - 1);
      } else if (c == '#' && depth == 0) {
        return line.substring(0, i);
      }
    }
    return line;
  }

  /** Regular plurals as PETRARCH forms them: +S, Y to IES, SS to SSES. */
  static String plural(String word) {
    if (word.endsWith("Y") && word.length() > 1 && "AEIOU".indexOf(word.charAt(word.length() - 2)) < 0) {
      return word.substring(0, word.length() - 1) + "IES";
    }
    if (word.endsWith("SS") || word.endsWith("SH") || word.endsWith("CH") || word.endsWith("X")) {
      return word + "ES";
    }
    return word + "S";
  }

  /** The text in the first {@code [...]}, or null. */
  static String bracket(String line) {
    int open = line.indexOf('[');
    int close = line.indexOf(']', open + 1);
    return open < 0 || close < 0 ? null : line.substring(open + 1, close).trim();
  }

  static List<String> list(String... words) {
    return Arrays.asList(words);
  }
}
