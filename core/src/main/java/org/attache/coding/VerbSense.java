package org.attache.coding;

import java.util.Locale;
import java.util.Set;
import org.attache.model.Token;

/**
 * The sense of a verb read from its frame, where the verb dictionary's patterns cannot see it:
 * "called Arnor's move a provocation" characterises (a criticism when the label is one), it is
 * not a telephone call; "attacked the decision" is a verbal attack, not force. Stateless.
 */
final class VerbSense {
  /** Labels that make a characterisation a criticism: "called it a breach", "a witch hunt". */
  private static final Set<String> CRITICAL_LABELS = Set.of("breach", "violation", "crime", "lie", "hoax", "garbage",
      "farce", "maneuver", "manoeuvre", "provocation", "aggression", "terrorist", "terrorism", "threat", "disgrace",
      "mistake", "failure", "scandal", "insult", "attack", "hunt", "war", "declaration", "genocide", "occupation",
      "illegal", "unacceptable", "outrageous", "irresponsible", "dangerous", "shameful", "absurd", "baseless", "unlawful",
      "invasion", "interference", "blackmail", "propaganda", "betrayal", "sham", "charade", "disaster", "fraud");
  /** What one attacks with words, not with arms: a decision, a move, a statement. */
  private static final Set<String> SAYINGS_AND_DECISIONS = Set.of("decision", "move", "policy", "plan", "proclamation",
      "investigation", "inquiry", "statement", "remark", "comment", "law", "bill", "proposal", "announcement", "report",
      "ruling", "idea", "conduct", "stance", "rhetoric", "claim", "speech", "approach", "decree", "measure",
      "resolution", "impeachment", "election", "vote", "verdict", "deal");
  /** Acts someone did that a reaction may refer to without naming the doer: "opposed the withdrawal". */
  private static final Set<String> ACTS = Set.of("withdrawal", "request", "change", "action", "operation", "offensive",
      "incursion", "invasion", "sanction", "blockade", "ban", "order", "demand", "annexation", "recognition",
      "deployment", "restriction", "agreement", "treaty", "step", "threat", "accusation");

  private VerbSense() {}

  /** The code for the verb at {@code v} in its frame, given the one the dictionary chose. */
  static String refine(Tree tree, int v, String code) {
    String lemma = tree.token(v).lemma().toLowerCase(Locale.ROOT);
    if (lemma.equals("call") && code.startsWith("041")) {
      Token label = label(tree, v);
      if (label != null) {
        return critical(tree, label) ? "111" : "010";
      }
    }
    if (GATHERING.contains(lemma) && protestersGather(tree, v)) {
      return "141"; // "thousands of protesters gathered around the police headquarters"
    }
    String root = code.substring(0, 2);
    if ((root.equals("18") || root.equals("19") || root.equals("20")) && objectIsASaying(tree, v)) {
      return "111"; // "attacked the impeachment investigation"
    }
    return code;
  }

  /** Whether a noun names a decision, a saying or an act, which someone made: "the move". */
  static boolean isActOrDecision(String lemma) {
    String l = lemma.toLowerCase(Locale.ROOT);
    return SAYINGS_AND_DECISIONS.contains(l) || ACTS.contains(l);
  }

  private static final Set<String> GATHERING = Set.of("gather", "assemble", "converge", "congregate", "rally",
      "march", "mass", "flock");
  private static final Set<String> PROTESTERS = Set.of("protester", "protestor", "demonstrator", "activist", "marcher");

  /** Whether the subject of a gathering verb is, or is made of, protesters. */
  private static boolean protestersGather(Tree tree, int v) {
    for (Token s : tree.dependents(v, "nsubj")) {
      for (int i : tree.subtree(s.index())) {
        if (PROTESTERS.contains(tree.token(i).lemma().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The label a characterisation gives its object: "called X a Y", "called X Y", "called X as Y". */
  private static Token label(Tree tree, int v) {
    if (tree.dependents(v, "obj").isEmpty()) {
      return null;
    }
    for (Token c : tree.children(v)) {
      String rel = Tree.rel(c);
      if (rel.equals("xcomp") || (rel.equals("obj") && tree.dependents(v, "obj").size() > 1 && c != tree.dependents(v, "obj").get(0))
          || (rel.equals("obl") && "AS".equals(tree.preposition(c.index())))) {
        return c;
      }
    }
    // "called Trump's conduct a 'breach'", the label left hanging from the object by the parser.
    for (Token o : tree.dependents(v, "obj")) {
      for (Token c : tree.children(o.index())) {
        if (Tree.rel(c).equals("dep") && c.upos().equals("NOUN") && c.index() > o.index()) {
          return c;
        }
      }
    }
    return null;
  }

  private static boolean critical(Tree tree, Token label) {
    for (int i : tree.subtree(label.index())) {
      if (CRITICAL_LABELS.contains(tree.token(i).lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }

  private static boolean objectIsASaying(Tree tree, int v) {
    for (Token o : tree.dependents(v, "obj")) {
      if (SAYINGS_AND_DECISIONS.contains(o.lemma().toLowerCase(Locale.ROOT))) {
        return true;
      }
    }
    return false;
  }
}
