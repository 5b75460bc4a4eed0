package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The measures on clusterings small enough to score by hand; every expected value is worked out in the comments. */
class CorefScoresTest {
  private static final org.assertj.core.data.Offset<Double> EXACT = within(1e-9);

  @Test
  void muc_vilainsExample_splitChainLosesOneLinkOfThree() {
    // Vilain et al. (1995): key {A B C D}; response {A B} {C D}. The key's 3 links, 2 kept: R = 2/3.
    // Response links 1 + 1, both inside one key cluster: P = 2/2.
    CorefScores.Score s = CorefScores.muc(List.of(Set.of("A", "B", "C", "D")), List.of(Set.of("A", "B"), Set.of("C", "D")));
    assertThat(s.recall()).isCloseTo(2 / 3.0, EXACT);
    assertThat(s.precision()).isCloseTo(1.0, EXACT);
    assertThat(s.f1()).isCloseTo(0.8, EXACT);
    // Swapped, the same example gives P = 2/3, R = 1.
    CorefScores.Score swapped = CorefScores.muc(List.of(Set.of("A", "B"), Set.of("C", "D")), List.of(Set.of("A", "B", "C", "D")));
    assertThat(swapped.precision()).isCloseTo(2 / 3.0, EXACT);
    assertThat(swapped.recall()).isCloseTo(1.0, EXACT);
  }

  // Pradhan et al. (2014)'s example, with twinless mentions on both sides:
  // key {a b c} {d e f g}; response {a b} {c d} {f g h i}.
  private static final List<Set<String>> KEY = List.of(Set.of("a", "b", "c"), Set.of("d", "e", "f", "g"));
  private static final List<Set<String>> RESPONSE = List.of(Set.of("a", "b"), Set.of("c", "d"), Set.of("f", "g", "h", "i"));

  @Test
  void muc_twinlessMentions_countAsSingletonParts() {
    // R: {a b c} splits into {a b}{c}: 3 - 2 = 1; {d e f g} into {d}{e}{f g}: 4 - 3 = 1; links 2 + 3: R = 2/5.
    // P: {a b} 2 - 1 = 1; {c d} 2 - 2 = 0; {f g h i} into {f g}{h}{i}: 4 - 3 = 1; links 1 + 1 + 3: P = 2/5.
    CorefScores.Score s = CorefScores.muc(KEY, RESPONSE);
    assertThat(s.recall()).isCloseTo(0.4, EXACT);
    assertThat(s.precision()).isCloseTo(0.4, EXACT);
  }

  @Test
  void bCubed_twinlessMentions_overlapNothing() {
    // R over the 7 key mentions: a, b 2/3; c 1/3; d 1/4; e 0 (not in the response); f, g 2/4 -> (35/12) / 7 = 5/12.
    // P over the 8 response mentions: a, b 2/2; c, d 1/2; f, g 2/4; h, i 0 -> 4 / 8 = 1/2.
    CorefScores.Score s = CorefScores.bCubed(KEY, RESPONSE);
    assertThat(s.recall()).isCloseTo(5 / 12.0, EXACT);
    assertThat(s.precision()).isCloseTo(0.5, EXACT);
    assertThat(s.f1()).isCloseTo(2 * (5 / 12.0) * 0.5 / (5 / 12.0 + 0.5), EXACT); // 5/11
  }

  @Test
  void ceafE_takesTheBestOneToOneAlignment() {
    // phi4: K1~R1 2*2/5 = 0.8, K1~R2 2*1/5 = 0.4, K2~R2 2*1/6 = 1/3, K2~R3 2*2/8 = 0.5, others 0.
    // Best alignment K1-R1, K2-R3: 1.3. R = 1.3 / 2 key entities, P = 1.3 / 3 response entities.
    CorefScores.Score s = CorefScores.ceafE(KEY, RESPONSE);
    assertThat(s.recall()).isCloseTo(0.65, EXACT);
    assertThat(s.precision()).isCloseTo(1.3 / 3, EXACT);
    assertThat(s.f1()).isCloseTo(0.52, EXACT); // 2 * 0.65 * 13/30 / (0.65 + 13/30) = 0.52
  }

  @Test
  void ceafE_greedyWouldLoseToTheOptimum() {
    // key {a b c d} {e}; response {a b c e} {d}.
    // phi4: K1~R1 2*3/8 = 0.75, K1~R2 2*1/5 = 0.4, K2~R1 2*1/5 = 0.4, K2~R2 0.
    // Taking the largest first gives 0.75 + 0; the optimum crosses over: 0.4 + 0.4 = 0.8. R = P = 0.8 / 2.
    CorefScores.Score s = CorefScores.ceafE(List.of(Set.of("a", "b", "c", "d"), Set.of("e")),
        List.of(Set.of("a", "b", "c", "e"), Set.of("d")));
    assertThat(s.recall()).isCloseTo(0.4, EXACT);
    assertThat(s.precision()).isCloseTo(0.4, EXACT);
  }

  @Test
  void all_identicalClusterings_scorePerfectly() {
    List<Set<Integer>> same = List.of(Set.of(1, 2, 3), Set.of(4, 5), Set.of(6));
    CorefScores.All s = CorefScores.all(same, same);
    assertThat(s.conllF1()).isCloseTo(1.0, EXACT);
    assertThat(s.muc().precision()).isCloseTo(1.0, EXACT);
    assertThat(s.ceafe().recall()).isCloseTo(1.0, EXACT);
  }

  @Test
  void all_singletonsOnBothSides_mucHasNoLinksAndScoresZero() {
    List<Set<Integer>> singletons = List.of(Set.of(1), Set.of(2), Set.of(3));
    CorefScores.All s = CorefScores.all(singletons, singletons);
    assertThat(s.muc().f1()).isZero();
    assertThat(s.b3().f1()).isCloseTo(1.0, EXACT);
    assertThat(s.ceafe().f1()).isCloseTo(1.0, EXACT);
    assertThat(s.conllF1()).isCloseTo(2 / 3.0, EXACT);
  }

  @Test
  void all_everythingInOneResponseCluster_b3PrecisionFalls() {
    // key {1 2} {3 4}; response {1 2 3 4}. MUC: R 2/2, P 2/3. B3: R 1, P 4 * 2/4 / 4 = 1/2.
    // CEAF-e: phi4(K, R) = 2*2/6 = 2/3 for either key cluster, one alignment: R (2/3)/2 = 1/3, P (2/3)/1.
    CorefScores.All s = CorefScores.all(List.of(Set.of(1, 2), Set.of(3, 4)), List.of(Set.of(1, 2, 3, 4)));
    assertThat(s.muc().recall()).isCloseTo(1.0, EXACT);
    assertThat(s.muc().precision()).isCloseTo(2 / 3.0, EXACT);
    assertThat(s.b3().precision()).isCloseTo(0.5, EXACT);
    assertThat(s.b3().recall()).isCloseTo(1.0, EXACT);
    assertThat(s.ceafe().recall()).isCloseTo(1 / 3.0, EXACT);
    assertThat(s.ceafe().precision()).isCloseTo(2 / 3.0, EXACT);
  }

  @Test
  void muc_mentionInTwoClusters_isRejectedNamingIt() {
    assertThatThrownBy(() -> CorefScores.muc(List.of(Set.of("a", "b")), List.of(Set.of("a"), Set.of("a", "b"))))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("mention a is in two response clusters");
  }
}
