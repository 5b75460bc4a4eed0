package org.attache.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import edu.stanford.nlp.ling.CoreLabel;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TimeCuesTest {
  @ParameterizedTest
  @ValueSource(strings = {"2024", "12th", "1990s", "Wednesday", "wednesday", "January", "Sept.", "May",
      "March", "yesterday", "Today", "weeks", "ago", "year-long", "mid-March", "Christmas", "tonight",
      "recently", "annual", "p.m.", "Ramadan"})
  void isCue_timeWords_true(String word) {
    assertThat(TimeCues.isCue(word)).isTrue();
  }

  @ParameterizedTest
  @ValueSource(strings = {"may", "march", "sun", "met", "Moscow", "the", "pro-Russian", "-", "", "two",
      "first", "talks"})
  void isCue_otherWords_false(String word) {
    assertThat(TimeCues.isCue(word)).isFalse();
  }

  @org.junit.jupiter.api.Test
  void windows_cuesWithinReach_mergedStretches() {
    assertThat(TimeCues.windows(tokens("Putin met Xi in Beijing ."), 2)).isEmpty();
    assertThat(TimeCues.windows(List.of(), 2)).isEmpty();
    List<CoreLabel> sentence = tokens("On Monday Putin met Xi in Beijing , and on 3 May they met again .");
    assertThat(TimeCues.windows(sentence, 2)).containsExactly(new int[] {0, 4}, new int[] {8, 14});
    assertThat(TimeCues.windows(sentence, 3)).containsExactly(new int[] {0, 5}, new int[] {7, 15});
    assertThat(TimeCues.windows(sentence, 4)).containsExactly(new int[] {0, 16});
  }

  private static List<CoreLabel> tokens(String words) {
    return Arrays.stream(words.split(" ")).map(w -> {
      CoreLabel t = new CoreLabel();
      t.setWord(w);
      return t;
    }).toList();
  }
}
