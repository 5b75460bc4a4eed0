package org.attache.nlp;

import edu.stanford.nlp.ling.CoreAnnotations;
import edu.stanford.nlp.ling.CoreLabel;
import edu.stanford.nlp.time.TimeAnnotations;
import edu.stanford.nlp.time.Timex;
import java.util.List;
import java.util.Objects;
import org.attache.model.EntityMention;
import org.attache.model.TimeExpression;

/**
 * Entity mentions and time expressions from the NER tags and SUTime values on a sentence's
 * tokens.
 *
 * <p>Design decision: a mention is a maximal run of tokens with the same tag and the same
 * normalised value, which is what CoreNLP's {@code ner.buildEntityMentions} gives for the
 * types Attaché reads, without its extra pass over the document. A time expression is a run of
 * tokens carrying the same SUTime TIMEX3. Stateless; thread-safe.
 */
final class Mentions {
  private Mentions() {}

  /** Adds the sentence's entity mentions, in order, to {@code out}. */
  static void entities(int sentence, List<CoreLabel> tokens, String text, List<EntityMention> out) {
    int start = 0;
    while (start < tokens.size()) {
      String type = tag(tokens.get(start));
      int end = start + 1;
      while (end < tokens.size() && sameMention(tokens.get(start), tokens.get(end))) {
        end++;
      }
      if (!type.equals("O")) {
        out.add(new EntityMention(sentence, start + 1, end, type,
            span(tokens, start, end, text), tokens.get(start).beginPosition(),
            tokens.get(end - 1).endPosition()));
      }
      start = end;
    }
  }

  /** Adds the sentence's SUTime expressions, in order, to {@code out}. */
  static void times(int sentence, List<CoreLabel> tokens, String text, List<TimeExpression> out) {
    int start = 0;
    while (start < tokens.size()) {
      Timex timex = tokens.get(start).get(TimeAnnotations.TimexAnnotation.class);
      int end = start + 1;
      while (timex != null && end < tokens.size() && sameTimex(timex, tokens.get(end))) {
        end++;
      }
      if (timex != null && timex.timexType() != null) {
        String value = timex.value() != null ? timex.value() : timex.altVal();
        out.add(new TimeExpression(sentence, start + 1, end, span(tokens, start, end, text),
            timex.timexType(), value, tokens.get(start).beginPosition(),
            tokens.get(end - 1).endPosition()));
      }
      start = end;
    }
  }

  private static boolean sameMention(CoreLabel first, CoreLabel next) {
    return tag(first).equals(tag(next))
        && Objects.equals(first.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class),
            next.get(CoreAnnotations.NormalizedNamedEntityTagAnnotation.class));
  }

  private static boolean sameTimex(Timex timex, CoreLabel next) {
    Timex other = next.get(TimeAnnotations.TimexAnnotation.class);
    return other != null && Objects.equals(timex.tid(), other.tid());
  }

  private static String tag(CoreLabel token) {
    return token.ner() != null ? token.ner() : "O";
  }

  private static String span(List<CoreLabel> tokens, int start, int end, String text) {
    return text.substring(tokens.get(start).beginPosition(), tokens.get(end - 1).endPosition());
  }
}
