package org.attache.coding;

import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * Acts announced rather than done: "will visit", "plans to sign", "close to signing". CAMEO codes
 * them in its root 03, "express intent to ...", by the kind of act intended. Stateless.
 */
final class Intent {
  private static final Set<String> FUTURE_AUX = Set.of("will", "shall", "'ll", "wo");
  private static final Set<String> INTENDING = Set.of("plan", "intend", "aim", "seek", "hope", "want", "expect",
      "promise", "pledge", "vow", "prepare", "close", "set", "due", "schedule", "poise", "ready", "offer", "propose", "about");

  private Intent() {}

  /** Whether the verb is announced: a future auxiliary, or governed by a verb or adjective of intending. */
  static boolean announced(Tree tree, int v) {
    for (Token c : tree.children(v)) {
      if (Tree.base(c).equals("aux") && FUTURE_AUX.contains(c.word().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    Token t = tree.token(v);
    String rel = Tree.rel(t);
    boolean complement = rel.equals("xcomp") || rel.startsWith("advcl") || rel.startsWith("acl") || rel.equals("ccomp")
        || (rel.equals("obl") && t.head() > 0 && tree.token(t.head()).upos().equals("ADJ")); // "close to signing"
    return complement && t.head() > 0 && INTENDING.contains(tree.token(t.head()).lemma().toLowerCase(Locale.ROOT));
  }

  /** The CAMEO intent code for an act's code, by its root. */
  static String codeFor(String code) {
    String root = code.substring(0, 2);
    return switch (root) {
      case "04" -> "036"; // intend to meet or negotiate
      case "05" -> code.equals("057") ? "030" : "032"; // to cooperate; diplomatic cooperation
      case "06" -> "031"; // material cooperation
      case "07" -> "033"; // humanitarian or other aid
      case "08" -> "035"; // to yield
      case "18", "19", "20" -> "138"; // threaten with military force
      case "17" -> "137"; // threaten with repression
      case "16" -> "131"; // threaten non-force actions
      default -> code; // statements, appeals, demands and intent itself stay as they are
    };
  }
}
