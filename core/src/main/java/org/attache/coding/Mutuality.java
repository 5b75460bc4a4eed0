package org.attache.coding;

import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * The CAMEO acts that two sides do to each other by their nature: meeting, talking, negotiating,
 * signing an agreement, cooperating, fighting. Only these give mirrored events for a compound
 * subject ("Arnor and Gondor met" is Arnor meeting Gondor and Gondor meeting Arnor); "Arnor and
 * Gondor condemned the attack" is two condemnations, of no one in the sentence. Stateless.
 */
final class Mutuality {
  private static final Set<String> MUTUAL = Set.of("036", "040", "041", "043", "044", "045", "046", "050", "057", "060",
      "061", "062", "063", "064", "081", "085", "0871", "190", "193");

  private Mutuality() {}

  /** Whether the act is one that its participants do to one another. */
  static boolean mutual(String code) {
    return MUTUAL.contains(code) || MUTUAL.contains(code.length() > 3 ? code.substring(0, 3) : code);
  }

  /**
   * Whether the verb's object says the act is shared: "postponed their meeting", "accused each
   * other", "warned one another".
   */
  static boolean reciprocal(Tree tree, int v) {
    for (Token o : tree.dependents(v, "obj")) {
      String w = o.word().toLowerCase(Locale.ROOT);
      if (w.equals("other") || w.equals("another") || w.equals("each")) {
        return true;
      }
      for (Token c : tree.children(o.index())) {
        if (Tree.rel(c).equals("nmod:poss") && c.word().equalsIgnoreCase("their")) {
          return true;
        }
      }
    }
    return false;
  }
}
