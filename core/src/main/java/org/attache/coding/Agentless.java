package org.attache.coding;

import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * Violence and coercion told without a doer one can name: "the mayor was stabbed", "two suspects
 * were arrested", "a car bombing killed five", "gunmen attacked the convoy". Such an act is still
 * an event, with an unknown source and the victim as target; CAMEO codes them so (GDELT and
 * ICEWS leave the source blank). Only the material roots qualify: an unattributed "was
 * criticised" tells nothing worth a record. Stateless.
 */
final class Agentless {
  /** Nouns for acts of violence and for the people and weapons that do them, unnamed. */
  private static final Set<String> UNNAMED_DOERS = Set.of("attack", "bombing", "bomb", "blast", "explosion", "strike",
      "airstrike", "shelling", "shell", "missile", "rocket", "drone", "raid", "ambush", "shooting", "gunfire", "fire",
      "gunman", "attacker", "assailant", "militant", "bomber", "suspect", "man", "woman", "individual", "perpetrator",
      "insurgent", "fighter", "sniper", "mob", "gang", "group", "operation", "offensive", "assault", "incursion", "invasion",
      "crackdown", "clash", "fighting", "bombardment");

  private Agentless() {}

  /** Whether a code's act may be recorded without its doer: protest, coercion, assault, force. */
  static boolean mayLackSource(String code) {
    String root = code.substring(0, 2);
    return root.equals("14") || root.equals("17") || root.equals("18") || root.equals("19") || root.equals("20");
  }

  /**
   * Whether the doer of the verb at {@code v} goes unnamed: a passive without its "by" agent, or
   * a subject that is an act of violence or an unnamed attacker ("the explosion killed", "a gunman
   * shot"), reached through the verbs that control it.
   */
  static boolean doerUnnamed(Tree tree, int v) {
    int current = v;
    for (int depth = 0; depth < 4 && current > 0; depth++) {
      if (passiveWithoutAgent(tree, current)) {
        return true;
      }
      for (Token s : tree.dependents(current, "nsubj")) {
        // Asked only when the subject names no actor: "an IT worker went on a stabbing spree".
        return UNNAMED_DOERS.contains(s.lemma().toLowerCase(Locale.ROOT)) || s.upos().equals("NOUN");
      }
      String rel = Tree.rel(tree.token(current));
      if (!(rel.equals("xcomp") || rel.equals("conj"))) {
        return false;
      }
      current = tree.token(current).head();
    }
    return false;
  }

  /**
   * The act of violence a passive names as its cause, whose actor is the doer: "were killed in
   * Israeli airstrikes", "was hit by Houthi drones". The oblique's head, or 0.
   */
  static int cause(Tree tree, int v) {
    for (Token c : tree.children(v)) {
      String prep = tree.preposition(c.index());
      if (Tree.isOblique(c) && ("IN".equals(prep) || "BY".equals(prep))
          && UNNAMED_DOERS.contains(c.lemma().toLowerCase(Locale.ROOT))) {
        return c.index();
      }
    }
    return 0;
  }

  private static boolean passiveWithoutAgent(Tree tree, int v) {
    if (tree.dependents(v, "aux:pass").isEmpty() && tree.dependents(v, "nsubj:pass").isEmpty()) {
      return false;
    }
    for (Token c : tree.children(v)) {
      if (Tree.rel(c).endsWith(":agent") || (Tree.isOblique(c) && "BY".equals(tree.preposition(c.index()))
          && !UNNAMED_DOERS.contains(c.lemma().toLowerCase(Locale.ROOT)))) {
        return false;
      }
    }
    return true;
  }
}
