package org.attache.model;

import java.util.Objects;

/**
 * One token of a sentence with its Universal Dependencies analysis. Immutable.
 *
 * @param index 1-based position in the sentence (CoNLL-U's ID)
 * @param word the form as written
 * @param lemma the lemma, lower case for common words
 * @param upos the universal part of speech (NOUN, VERB, PROPN ...)
 * @param xpos the Penn Treebank tag (NN, VBD ...), or "_" when unknown
 * @param head index of the syntactic head, 0 for the root, -1 when the sentence was not parsed
 * @param deprel the UD relation to the head (nsubj, obj, obl ...), "_" when not parsed
 * @param begin character offset of the token in the document's text, or -1 when unknown
 * @param end character offset after the token, or -1 when unknown
 * @param ner the named-entity type (PERSON, COUNTRY, CITY, NATIONALITY, TITLE, ...) or "O"
 */
public record Token(int index, String word, String lemma, String upos, String xpos, int head, String deprel,
    int begin, int end, String ner) {
  public Token {
    Objects.requireNonNull(word, "word");
    Objects.requireNonNull(lemma, "lemma");
    Objects.requireNonNull(upos, "upos");
    Objects.requireNonNull(xpos, "xpos");
    Objects.requireNonNull(deprel, "deprel");
    Objects.requireNonNull(ner, "ner");
    if (index < 1) {
      throw new IllegalArgumentException("token index is 1-based, was " + index);
    }
  }

  /** The relation without its subtype: {@code nmod} for {@code nmod:poss}. */
  public String baseRelation() {
    int colon = deprel.indexOf(':');
    return colon < 0 ? deprel : deprel.substring(0, colon);
  }
}
