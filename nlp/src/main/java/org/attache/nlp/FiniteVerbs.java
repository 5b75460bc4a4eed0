package org.attache.nlp;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.List;
import java.util.Set;

/**
 * Gives a sentence back the finite verb the tagger took for a plural noun. News summaries are
 * written in the present tense, headline style ("Hamas delays the release of hostages", "The
 * Congolese government requests sanctions against Rwanda"), and the tagger, trained on past-tense
 * reporting, often reads "delays" and "requests" as nouns; the parser then builds a tree without a
 * verb and the coder finds no event. A sentence of news prose has a finite verb: when a tagged
 * sentence has none, the first plural noun that follows a noun and precedes what can open an
 * object or a phrase is retagged VBZ before parsing. Stateless.
 */
final class FiniteVerbs {
  private static final Set<String> FINITE = Set.of("VBZ", "VBD", "VBP", "MD");
  private static final Set<String> BEFORE = Set.of("NN", "NNS", "NNP", "NNPS", "PRP");
  /** What may open the verb's object or a phrase after it. */
  private static final Set<String> AFTER = Set.of("DT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "PRP$", "PRP", "IN",
      "CD", "TO", "RB", "VBG");

  private FiniteVerbs() {}

  /** Retags the likely verb of a sentence without a finite verb; whether one was retagged. */
  static boolean repair(List<CoreLabel> tokens) {
    for (CoreLabel t : tokens) {
      if (t.tag() != null && FINITE.contains(t.tag())) {
        return false;
      }
    }
    for (int i = 1; i + 1 < tokens.size(); i++) {
      CoreLabel t = tokens.get(i);
      boolean plural = "NNS".equals(t.tag()) && t.word().endsWith("s") && Character.isLowerCase(t.word().charAt(0));
      if (plural && BEFORE.contains(tokens.get(i - 1).tag()) && AFTER.contains(tokens.get(i + 1).tag())) {
        t.setTag("VBZ");
        return true;
      }
    }
    return false;
  }
}
