package org.attache.nlp;

import edu.stanford.nlp.ie.QuantifiableEntityNormalizer;
import edu.stanford.nlp.ie.regexp.NumberSequenceClassifier;
import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.pipeline.Annotation;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.util.ArrayCoreMap;
import edu.stanford.nlp.util.CoreMap;
import java.util.List;
import java.util.Properties;

/**
 * CoreNLP's numeric classifiers and SUTime, run after the statistical and fine-grained NER and
 * only around the words {@link TimeCues} finds: on each stretch of a sentence within {@link
 * #REACH} tokens of a cue. A token takes the numeric or temporal tag
 * (DATE, TIME, DURATION, SET, NUMBER, MONEY ...) where NER left it untagged, with SUTime's TIMEX3
 * and the normalised value, as CoreNLP's own NER does when {@code ner.useSUTime} is on.
 *
 * <p>Design decision: CoreNLP runs these inside its NER annotator, on every sentence, before the
 * fine-grained rules; that was about half of all annotation time. Running them here, after the
 * rules, lets the cheap cue test skip most sentences, and most of the rest: SUTime's cost grows
 * with the tokens it reads, and a time expression is never far from one of its cue words. The order differs from CoreNLP's only for
 * a token that is both a gazetteer entry and part of a time expression, which keeps its
 * gazetteer type. Thread-safe as CoreNLP's classifier is: one instance serves every thread.
 */
final class TimeTagger {
  /** How many tokens on each side of a cue SUTime reads: more than any expression spans. */
  static final int REACH = 6;

  private final NumberSequenceClassifier classifier =
      new NumberSequenceClassifier(new Properties(), true, new Properties());
  private final String background = classifier.flags.backgroundSymbol;

  /** Tags the time and number expressions near every time cue of an annotated document. */
  void tag(Annotation document) {
    List<CoreMap> sentences = document.get(CoreAnnotations.SentencesAnnotation.class);
    String text = document.get(CoreAnnotations.TextAnnotation.class);
    try {
      for (CoreMap sentence : sentences) {
        List<CoreLabel> tokens = sentence.get(CoreAnnotations.TokensAnnotation.class);
        List<int[]> windows = TimeCues.windows(tokens, REACH);
        for (int[] w : windows) {
          boolean whole = w[0] == 0 && w[1] == tokens.size();
          tagSpan(document, whole ? sentence : span(sentence, tokens, w[0], w[1], text),
              tokens.subList(w[0], w[1]));
        }
      }
    } finally {
      classifier.finalizeClassification(document);
    }
  }

  /** Part of a sentence as SUTime reads one: its tokens, text, offsets and token indices. */
  private static CoreMap span(CoreMap sentence, List<CoreLabel> tokens, int from, int to, String text) {
    CoreMap span = new ArrayCoreMap();
    List<CoreLabel> part = tokens.subList(from, to);
    int begin = part.get(0).beginPosition();
    int end = part.get(part.size() - 1).endPosition();
    int firstToken = sentence.get(CoreAnnotations.TokenBeginAnnotation.class);
    span.set(CoreAnnotations.TokensAnnotation.class, part);
    span.set(CoreAnnotations.TextAnnotation.class, text.substring(begin, end));
    span.set(CoreAnnotations.CharacterOffsetBeginAnnotation.class, begin);
    span.set(CoreAnnotations.CharacterOffsetEndAnnotation.class, end);
    span.set(CoreAnnotations.TokenBeginAnnotation.class, firstToken + from);
    span.set(CoreAnnotations.TokenEndAnnotation.class, firstToken + to);
    span.set(CoreAnnotations.SentenceIndexAnnotation.class,
        sentence.get(CoreAnnotations.SentenceIndexAnnotation.class));
    return span;
  }

  private void tagSpan(Annotation document, CoreMap sentence, List<CoreLabel> tokens) {
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
