package org.attache.nlp;

import java.util.Map;

/**
 * Penn Treebank tags to universal parts of speech, using the dependency relation where there is
 * one.
 *
 * <p>Design decision: CoreNLP's English tagger gives Penn tags only, and its own mapper to UPOS
 * needs a constituency tree, which Attaché does not build (the PCFG parser runs at ~55 tokens/s).
 * The mapping is one-to-one except where UD splits a Penn tag by function: auxiliaries and
 * copulas (AUX, not VERB), infinitival {@code to} (PART), subordinating conjunctions (SCONJ) and
 * negation (PART); those are told apart by the relation when the sentence was parsed and by the
 * lemma otherwise. Stateless; thread-safe.
 */
final class UniversalTags {
  private static final Map<String, String> ONE_TO_ONE = Map.ofEntries(
      Map.entry("NN", "NOUN"), Map.entry("NNS", "NOUN"),
      Map.entry("NNP", "PROPN"), Map.entry("NNPS", "PROPN"),
      Map.entry("JJ", "ADJ"), Map.entry("JJR", "ADJ"), Map.entry("JJS", "ADJ"),
      Map.entry("RB", "ADV"), Map.entry("RBR", "ADV"), Map.entry("RBS", "ADV"), Map.entry("WRB", "ADV"),
      Map.entry("PRP", "PRON"), Map.entry("PRP$", "PRON"), Map.entry("WP", "PRON"), Map.entry("WP$", "PRON"),
      Map.entry("EX", "PRON"), Map.entry("DT", "DET"), Map.entry("PDT", "DET"), Map.entry("WDT", "DET"),
      Map.entry("CD", "NUM"), Map.entry("CC", "CCONJ"), Map.entry("MD", "AUX"), Map.entry("POS", "PART"),
      Map.entry("RP", "ADP"), Map.entry("UH", "INTJ"), Map.entry("SYM", "SYM"), Map.entry("$", "SYM"),
      Map.entry("#", "SYM"), Map.entry("FW", "X"), Map.entry("LS", "X"), Map.entry("ADD", "X"),
      Map.entry("AFX", "X"), Map.entry("GW", "X"), Map.entry("XX", "X"), Map.entry("HYPH", "PUNCT"),
      Map.entry("NFP", "PUNCT"), Map.entry(",", "PUNCT"), Map.entry(".", "PUNCT"), Map.entry(":", "PUNCT"),
      Map.entry("``", "PUNCT"), Map.entry("''", "PUNCT"), Map.entry("-LRB-", "PUNCT"),
      Map.entry("-RRB-", "PUNCT"));

  private UniversalTags() {}

  /**
   * The universal tag for a token.
   *
   * @param xpos the Penn tag
   * @param lemma the lemma
   * @param deprel the UD relation, or "_" when the sentence was not parsed
   */
  static String upos(String xpos, String lemma, String deprel) {
    boolean parsed = !"_".equals(deprel);
    if (xpos.startsWith("VB")) {
      boolean aux = parsed ? isAuxRelation(deprel) : lemma.equals("be");
      return aux ? "AUX" : "VERB";
    }
    switch (xpos) {
      case "TO":
        return parsed && deprel.equals("mark") ? "PART" : "ADP";
      case "IN":
        return parsed && deprel.equals("mark") ? "SCONJ" : "ADP";
      case "RB":
        return lemma.equals("not") || lemma.equals("n't") ? "PART" : "ADV";
      case "WDT":
      case "DT":
        return parsed && !deprel.equals("det") && !deprel.startsWith("det:") ? "PRON" : "DET";
      default:
        return ONE_TO_ONE.getOrDefault(xpos, "X");
    }
  }

  private static boolean isAuxRelation(String deprel) {
    return deprel.equals("aux") || deprel.equals("aux:pass") || deprel.equals("cop");
  }
}
