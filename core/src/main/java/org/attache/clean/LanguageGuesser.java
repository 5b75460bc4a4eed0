package org.attache.clean;

import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A small language guesser: the script for non-Latin text, then the share of each language's
 * commonest words. Enough to tell English from the rest, which is what the coder needs.
 * Stateless and thread-safe.
 */
final class LanguageGuesser {
  private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
      "en", Set.of("the", "of", "and", "to", "in", "is", "that", "for", "on", "with", "was", "as", "by", "said", "it", "has", "have"),
      "de", Set.of("der", "die", "und", "das", "den", "nicht", "ist", "mit", "sich", "des", "auf", "ein", "eine", "dem", "von", "zu"),
      "fr", Set.of("le", "la", "les", "des", "et", "est", "une", "du", "dans", "pour", "que", "qui", "pas", "sur", "au", "avec"),
      "es", Set.of("el", "los", "las", "del", "y", "que", "en", "una", "por", "con", "para", "es", "se", "su", "al", "lo"),
      "it", Set.of("il", "della", "che", "di", "e", "per", "una", "sono", "del", "gli", "nel", "con", "non", "alla", "dei", "le"),
      "pt", Set.of("o", "os", "da", "do", "das", "dos", "que", "em", "uma", "para", "com", "não", "por", "ao", "se", "na"),
      "nl", Set.of("de", "het", "een", "van", "en", "dat", "niet", "zijn", "op", "voor", "met", "ook", "aan", "bij", "wordt", "naar"),
      "pl", Set.of("i", "w", "nie", "na", "się", "z", "że", "do", "jest", "to", "o", "jak", "od", "po", "przez", "dla"));

  private LanguageGuesser() {}

  static String guess(String text) {
    String sample = text.length() > 6000 ? text.substring(0, 6000) : text;
    String script = script(sample);
    if (script != null) {
      return script;
    }
    String[] words = sample.toLowerCase(Locale.ROOT).split("[^\\p{L}]+");
    if (words.length < 5) {
      return "und";
    }
    String best = "und";
    double bestShare = 0.06;
    for (Map.Entry<String, Set<String>> e : FUNCTION_WORDS.entrySet()) {
      int hits = 0;
      for (String w : words) {
        if (e.getValue().contains(w)) {
          hits++;
        }
      }
      double share = hits / (double) words.length;
      if (share > bestShare) {
        bestShare = share;
        best = e.getKey();
      }
    }
    return best;
  }

  private static String script(String s) {
    int latin = 0;
    int cyrillic = 0;
    int arabic = 0;
    int persian = 0;
    int han = 0;
    int kana = 0;
    int hangul = 0;
    int hebrew = 0;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      Character.UnicodeScript sc = Character.UnicodeScript.of(c);
      switch (sc) {
        case LATIN -> latin++;
        case CYRILLIC -> cyrillic++;
        case ARABIC -> {
          arabic++;
          if ("پچژگکی".indexOf(c) >= 0) {
            persian++;
          }
        }
        case HAN -> han++;
        case HIRAGANA, KATAKANA -> kana++;
        case HANGUL -> hangul++;
        case HEBREW -> hebrew++;
        default -> { }
      }
    }
    int max = Math.max(Math.max(cyrillic, arabic), Math.max(Math.max(han + kana, hangul), hebrew));
    if (max <= latin) {
      return null;
    }
    if (max == cyrillic) {
      return "ru";
    }
    if (max == arabic) {
      return persian * 20 > arabic ? "fa" : "ar";
    }
    if (max == hangul) {
      return "ko";
    }
    if (max == hebrew) {
      return "he";
    }
    return kana > 0 ? "ja" : "zh";
  }
}
