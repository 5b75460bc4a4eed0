package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class FiniteVerbsTest {
  /** Tokens from "word/TAG" pairs. */
  private static List<CoreLabel> tagged(String... pairs) {
    List<CoreLabel> out = new ArrayList<>();
    for (String p : pairs) {
      CoreLabel l = new CoreLabel();
      int slash = p.lastIndexOf('/');
      l.setWord(p.substring(0, slash));
      l.setTag(p.substring(slash + 1));
      out.add(l);
    }
    return out;
  }

  private static List<String> tags(List<CoreLabel> tokens) {
    return tokens.stream().map(CoreLabel::tag).toList();
  }

  @Test
  void repair_headlineSentenceWithoutFiniteVerb_pluralAfterTheSubjectBecomesTheVerb() {
    List<CoreLabel> s = tagged("The/DT", "Arnorian/JJ", "government/NN", "requests/NNS", "sanctions/NNS", "against/IN",
        "Gondor/NNP", "./.");
    assertThat(FiniteVerbs.repair(s)).isTrue();
    assertThat(tags(s)).containsExactly("DT", "JJ", "NN", "VBZ", "NNS", "IN", "NNP", ".");
  }

  @Test
  void repair_sentenceWithAFiniteVerb_unchanged() {
    List<CoreLabel> s = tagged("Arnor/NNP", "rejects/VBZ", "Gondor/NNP", "'s/POS", "demands/NNS", "for/IN", "talks/NNS");
    assertThat(FiniteVerbs.repair(s)).isFalse();
    assertThat(tags(s)).containsExactly("NNP", "VBZ", "NNP", "POS", "NNS", "IN", "NNS");
  }

  @Test
  void repair_titleWithoutASubjectNoun_unchanged() {
    // "Arnorian attacks on the Shire": a heading, no verb to restore.
    List<CoreLabel> s = tagged("Arnorian/JJ", "attacks/NNS", "on/IN", "the/DT", "Shire/NNP");
    assertThat(FiniteVerbs.repair(s)).isFalse();
    assertThat(tags(s)).containsExactly("JJ", "NNS", "IN", "DT", "NNP");
  }
}
