package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * One verb pattern: the nouns and prepositional phrases that must stand before ({@code pre}) or
 * after the verb, and the code they give. Immutable.
 *
 * @param elements what must be present
 * @param code the CAMEO code, or {@code ---} for "no event"
 * @param reverseCode the code of the target's event towards the source ({@code [042:043]}), or null
 * @param compound whether the pattern codes a compound subject reciprocally ({@code %})
 * @param weight how many words the pattern requires: the more, the more specific
 * @param swapped whether the pattern puts the target before the verb and the source after it
 *     ({@code - + * MONEY $}: "Eriador received money from Osgiliath" is Osgiliath giving)
 */
record VerbPattern(List<Element> elements, String code, String reverseCode, boolean compound, int weight,
    boolean swapped) {

  /** A set of word sequences, any of which fills a position; the last word of each is its head. */
  record Slot(List<List<String>> alternatives) {}

  /**
   * A noun phrase (head last) or, with a preposition, a prepositional phrase whose noun phrase
   * may be empty ({@code (WITH)}).
   */
  record Element(String preposition, List<Slot> noun, boolean pre) {}

  static VerbPattern parse(String file, int line, String body, Map<String, List<List<String>>> synsets)
      throws DictionaryFormatException {
    String codes = Phrases.bracket(body);
    if (codes == null) {
      throw new DictionaryFormatException(file, line, "expected a code in [...] after the pattern, found '" + body + "'");
    }
    String[] parts = codes.split(":");
    String text = body.substring(0, body.indexOf('['));
    List<String> tokens = tokens(text);
    List<Element> elements = new ArrayList<>();
    boolean pre = true;
    boolean compound = false;
    boolean swapped = false;
    int weight = 0;
    for (String t : tokens) {
      switch (t) {
        case "*" -> pre = false;
        case "%" -> compound = true;
        case "+" -> swapped |= pre;
        case "$" -> swapped |= !pre;
        case "^" -> { }
        default -> {
          Element e = element(t, pre, synsets);
          if (e != null) {
            elements.add(e);
            weight += (e.preposition() == null ? 0 : 1) + e.noun().size();
          }
        }
      }
    }
    String reverse = parts.length > 1 && !parts[1].isBlank() ? parts[1].strip() : null;
    return new VerbPattern(List.copyOf(elements), parts[0].strip(), reverse, compound, weight, swapped);
  }

  /** Splits a pattern into markers, bare words, {...} phrases and (...) phrases. */
  private static List<String> tokens(String text) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < text.length()) {
      char c = text.charAt(i);
      if (Character.isWhitespace(c)) {
        i++;
      } else if (c == '{' || c == '(') {
        char close = c == '{' ? '}' : ')';
        int depth = 0;
        int j = i;
        for (; j < text.length(); j++) {
          if (text.charAt(j) == c) {
            depth++;
          } else if (text.charAt(j) == close && --depth == 0) {
            break;
          }
        }
        out.add(text.substring(i, Math.min(j + 1, text.length())));
        i = j + 1;
      } else {
        int j = i;
        while (j < text.length() && !Character.isWhitespace(text.charAt(j))) {
          j++;
        }
        out.add(text.substring(i, j));
        i = j;
      }
    }
    return out;
  }

  private static Element element(String token, boolean pre, Map<String, List<List<String>>> synsets) {
    if (token.startsWith("(")) {
      String inner = token.substring(1, token.length() - 1).strip();
      String[] split = inner.split("\\s+", 2);
      List<Slot> noun = split.length > 1 ? slots(split[1], synsets) : List.of();
      return new Element(split[0].toUpperCase(java.util.Locale.ROOT), noun, pre);
    }
    List<Slot> noun = slots(token.startsWith("{") ? token.substring(1, token.length() - 1) : token, synsets);
    return noun.isEmpty() ? null : new Element(null, noun, pre);
  }

  private static List<Slot> slots(String phrase, Map<String, List<List<String>>> synsets) {
    List<Slot> out = new ArrayList<>();
    for (String w : phrase.replace("{", " ").replace("}", " ").trim().split("\\s+")) {
      if (w.isEmpty()) {
        continue;
      }
      if (w.startsWith("&")) {
        List<List<String>> members = synsets.get(w.replaceFirst("_$", ""));
        out.add(new Slot(members == null ? List.of(List.of(w.substring(1))) : List.copyOf(members)));
      } else {
        out.add(new Slot(List.of(Phrases.words(w))));
      }
    }
    return out;
  }
}
