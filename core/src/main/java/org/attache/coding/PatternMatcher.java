package org.attache.coding;

import java.util.ArrayList;
import java.util.List;
import org.attache.model.Token;

/**
 * Matches verb patterns against the verb's dependency subtree: a noun element matches a noun in
 * the subtree (not in the subject) whose word or lemma fills the element's head slot and whose
 * own subtree holds the other slots; a prepositional element matches a dependent introduced by
 * that preposition. Pre-verb elements look before the verb. Stateless.
 */
final class PatternMatcher {
  private static final java.util.Set<String> CLAUSES = java.util.Set.of("ccomp", "advcl", "parataxis", "conj", "acl:relcl", "cc");

  private PatternMatcher() {}

  /** A pattern and how much of it matched. */
  record Match(VerbPattern pattern, int weight) {}

  /** The most specific matching pattern (the first among equals), or null when none matches. */
  static Match best(Tree tree, int v, List<VerbPattern> patterns) {
    return best(tree, v, patterns, List.of());
  }

  /** As {@link #best(Tree, int, List)}, with extra tokens that count as the verb's object. */
  static Match best(Tree tree, int v, List<VerbPattern> patterns, List<Integer> implicitObject) {
    List<Integer> scope = scope(tree, v);
    scope.addAll(implicitObject);
    Match best = null;
    for (VerbPattern p : patterns) {
      if (p.elements().isEmpty() && !p.swapped()) {
        continue;
      }
      if (matchesAll(tree, v, scope, p) && (best == null || p.weight() > best.weight())) {
        best = new Match(p, p.weight());
      }
    }
    return best;
  }

  /** The verb's subtree without its subjects' subtrees and without nested clauses' subjects. */
  private static List<Integer> scope(Tree tree, int v) {
    List<Integer> out = new ArrayList<>();
    for (Token c : tree.children(v)) {
      String rel = Tree.rel(c);
      if (rel.startsWith("nsubj") || rel.equals("punct") || rel.startsWith("csubj") || CLAUSES.contains(rel)) {
        continue; // patterns describe the verb's own objects, not what a clause under it says
      }
      out.addAll(tree.subtree(c.index()));
    }
    // Nor what a clause on one of its nouns says: "posted a message blaming Iran for the attacks"
    // stages no attack.
    for (int i : List.copyOf(out)) {
      if (Tree.rel(tree.token(i)).startsWith("acl") && tree.token(i).upos().equals("VERB")) {
        out.removeAll(tree.subtree(i));
      }
    }
    return out;
  }

  private static boolean matchesAll(Tree tree, int v, List<Integer> scope, VerbPattern p) {
    for (VerbPattern.Element e : p.elements()) {
      if (!matches(tree, v, scope, e)) {
        return false;
      }
    }
    return true;
  }

  private static boolean matches(Tree tree, int v, List<Integer> scope, VerbPattern.Element e) {
    List<Integer> where = new ArrayList<>();
    for (int i : e.pre() ? tree.subtree(v) : scope) {
      if (e.pre() ? i < v : i > v || e.preposition() != null || (e.preposition() == null && scope.indexOf(i) >= 0 && i < v)) {
        where.add(i);
      }
    }
    if (e.preposition() == null) {
      for (int i : where) {
        if (nounMatches(tree, i, e.noun())) {
          return true;
        }
      }
      return false;
    }
    for (int i : where) {
      if (e.preposition().equals(tree.preposition(i)) && (e.noun().isEmpty() || nounMatches(tree, i, e.noun()))) {
        return true;
      }
    }
    return false;
  }

  /** Token i fills the last slot; the other slots appear in i's subtree (or right before it). */
  private static boolean nounMatches(Tree tree, int i, List<VerbPattern.Slot> slots) {
    if (!fills(tree, i, slots.get(slots.size() - 1))) {
      return false;
    }
    List<Integer> sub = tree.subtree(i);
    for (int k = 0; k < slots.size() - 1; k++) {
      boolean found = false;
      for (int j : sub) {
        if (j != i && fills(tree, j, slots.get(k))) {
          found = true;
          break;
        }
      }
      if (!found) {
        return false;
      }
    }
    return true;
  }

  /** Whether token i is (the last word of) one of the slot's alternatives. */
  private static boolean fills(Tree tree, int i, VerbPattern.Slot slot) {
    for (List<String> alt : slot.alternatives()) {
      int n = alt.size();
      boolean ok = i - n + 1 >= 1;
      for (int k = 0; ok && k < n; k++) {
        int t = i - n + 1 + k;
        String w = alt.get(k);
        ok = tree.upper(t).equals(w) || tree.lemma(t).equals(w) || (k == n - 1 && tree.upper(t).equals(Phrases.plural(w)));
      }
      if (ok) {
        return true;
      }
    }
    return false;
  }
}
