package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.parser.nndep.DependencyParser;
import edu.stanford.nlp.trees.GrammaticalStructure;
import edu.stanford.nlp.trees.TypedDependency;
import edu.stanford.nlp.util.CoreMap;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attache.model.ParsedSentence;
import org.attache.model.Token;

/**
 * CoreNLP sentences to Attaché's {@link ParsedSentence}s, with their basic UD dependencies when
 * parsed. Stateless; thread-safe.
 */
final class Sentences {
  private Sentences() {}

  /** A sentence's basic UD tree: heads and relations indexed by 1-based token index. */
  record Arcs(int[] heads, String[] relations) {}

  /** Parses a sentence with the neural dependency parser. */
  static Arcs parse(DependencyParser parser, CoreMap sentence) {
    int n = sentence.get(CoreAnnotations.TokensAnnotation.class).size();
    int[] heads = new int[n + 1];
    String[] relations = new String[n + 1];
    Arrays.fill(heads, -1);
    Arrays.fill(relations, "_");
    GrammaticalStructure gs = parser.predict(sentence);
    for (TypedDependency td : gs.typedDependencies()) {
      int dependent = td.dep().index();
      heads[dependent] = td.gov().index();
      relations[dependent] = td.reln().toString();
    }
    return new Arcs(heads, relations);
  }

  /**
   * Converts one sentence.
   *
   * @param index the sentence's 0-based position in the document
   * @param sentence the CoreNLP sentence
   * @param text the document text its offsets index
   * @param arcs its dependencies, or null when it was not parsed
   */
  static ParsedSentence convert(int index, CoreMap sentence, String text, Arcs arcs) {
    List<CoreLabel> labels = sentence.get(CoreAnnotations.TokensAnnotation.class);
    List<Token> tokens = new ArrayList<>(labels.size());
    for (int i = 0; i < labels.size(); i++) {
      tokens.add(token(i + 1, labels.get(i), text, arcs));
    }
    int begin = sentence.get(CoreAnnotations.CharacterOffsetBeginAnnotation.class);
    int end = sentence.get(CoreAnnotations.CharacterOffsetEndAnnotation.class);
    return new ParsedSentence(index, text.substring(begin, end), begin, end, tokens);
  }

  private static Token token(int index, CoreLabel label, String text, Arcs arcs) {
    int begin = label.beginPosition();
    int end = label.endPosition();
    String word = written(label, text);
    String lemma = label.lemma() != null ? label.lemma() : word;
    String xpos = label.tag() != null ? label.tag() : "_";
    int head = arcs == null ? -1 : arcs.heads()[index];
    String deprel = arcs == null ? "_" : arcs.relations()[index];
    String ner = label.ner() != null ? label.ner() : "O";
    return new Token(index, word, lemma, UniversalTags.upos(xpos, lemma, deprel), xpos, head, deprel,
        begin, end, ner);
  }

  /** The token as written in the text (CoreNLP's word may be normalised: quotes, brackets). */
  static String written(CoreLabel label, String text) {
    int begin = label.beginPosition();
    int end = label.endPosition();
    if (begin >= 0 && end <= text.length() && begin < end) {
      return text.substring(begin, end);
    }
    return label.originalText() != null ? label.originalText() : label.word();
  }
}
