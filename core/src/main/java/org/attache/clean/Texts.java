package org.attache.clean;

import java.util.regex.Pattern;

/** Small text predicates the cleaning rules share. Stateless. */
final class Texts {
  private static final Pattern WS = Pattern.compile("[\\s\\u00a0\\u200b]+");
  private static final Pattern ENDS_SENTENCE = Pattern.compile("[.!?;:][\"'”’»)\\]]*$|[\"”»]$");
  private static final Pattern ENDS_ELLIPSIS = Pattern.compile("(…|\\.\\.\\.|\\[…\\]|\\[\\.\\.\\.\\])[\"'”’)]*$");

  private Texts() {}

  static String normalizeSpace(String s) {
    return WS.matcher(s).replaceAll(" ").strip();
  }

  /**
   * Words separated by whitespace ({@code \s}), as {@code strip().split("\\s+").length} counts
   * them, without making a string per word: a 30 MB line would otherwise need some 200 MB of heap.
   */
  static int wordCount(String s) {
    String t = s.strip();
    int words = 0;
    boolean inWord = false;
    for (int i = 0; i < t.length(); i++) {
      char c = t.charAt(i);
      boolean space = c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
      if (!space && !inWord) {
        words++;
      }
      inWord = !space;
    }
    return words;
  }

  static boolean endsWithEllipsis(String s) {
    return ENDS_ELLIPSIS.matcher(s.strip()).find();
  }

  /** Ends as a sentence does, and not with a truncating ellipsis. */
  static boolean endsLikeSentence(String s) {
    String t = s.strip();
    return !endsWithEllipsis(t) && ENDS_SENTENCE.matcher(t).find();
  }

  /** Every word of letters starts with a capital letter (minor words aside). */
  static boolean isTitleCase(String s) {
    String[] words = s.strip().split("\\s+");
    int letters = 0;
    for (String w : words) {
      String core = w.replaceAll("^[^\\p{L}]+|[^\\p{L}]+$", "");
      if (core.isEmpty()) {
        continue;
      }
      letters++;
      boolean minor = core.length() <= 3 && core.equals(core.toLowerCase());
      if (!minor && !Character.isUpperCase(core.codePointAt(0))) {
        return false;
      }
    }
    return letters > 0;
  }
}
