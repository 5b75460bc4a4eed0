package org.attache.nlp;

import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's numeric classifiers and SUTime, run after the statistical and fine-grained NER and
 * only on the sentences {@link TimeCues} lets through. A token takes the numeric or temporal tag
 * (DATE, TIME, DURATION, SET, NUMBER, MONEY ...) where NER left it untagged, with SUTime's TIMEX3
 * and the normalised value, as CoreNLP's own NER does when {@code ner.useSUTime} is on.
 *
 * <p>Design decision: CoreNLP runs these inside its NER annotator, on every sentence, before the
 * fine-grained rules; that was about half of all annotation time. Running them here, after the
 * rules, lets the cheap cue test skip most sentences. The order differs from CoreNLP's only for
 * a token that is both a gazetteer entry and part of a time expression, which keeps its
 * gazetteer type. Thread-safe as CoreNLP's classifier is: one instance serves every thread.
 */
final class TimeTagger {
  private final NumberSequenceClassifier classifier =
      new NumberSequenceClassifier(new Properties(), true, new Properties());
  private final String background = classifier.flags.backgroundSymbol;

  /** Tags the time and number expressions of every cued sentence of an annotated document. */
  void tag(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    try {
      for (CoreMap sentence : sentences) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        if (TimeCues.present(tokens)) {
          tagSentence(document, sentence, tokens);
        }
      }
    } finally {
      classifier.finalizeClassification(document);
    }
  }

  private void tagSentence(Annotation document, CoreMap sentence, List<CoreLabel> tokens) {
    // The classifier overwrites the answers of the tokens it is given: it works on copies.
    List<CoreLabel> copies = NumberSequenceClassifier.copyTokens(tokens, sentence);
    classifier.classifyWithGlobalInformation(copies, document, sentence);
    boolean changed = false;
    for (int i = 0; i < tokens.size(); i++) {
      CoreLabel token = tokens.get(i);
      CoreLabel copy = copies.get(i);
      String guess = copy.get(CoreAnnotations.AnswerAnnotation.class);
      if (guess != null && !guess.equals(background) && untagged(token.ner())) {
        token.setNER(guess);
        token.set(CoreAnnotations.FineGrainedNamedEntityTagAnnotation.class, guess);
        changed = true;
      }
      NumberSequenceClassifier.transferAnnotations(copy, token);
    }
    if (!changed) {
      return;
    }
    QuantifiableEntityNormalizer.addNormalizedQuantitiesToEntities(tokens, false, true);
    for (CoreLabel token : tokens) {
      // Money and plain numbers keep their value but are not time expressions.
      if ("MONEY".equals(token.ner()) || "NUMBER".equals(token.ner())) {
        token.remove(TimeAnnotations.TimexAnnotation.class);
      }
    }
  }

  private boolean untagged(String ner) {
    return ner == null || ner.equals(background) || ner.equals("MISC");
  }
}
