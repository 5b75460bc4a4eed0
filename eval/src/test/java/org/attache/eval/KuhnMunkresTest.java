package org.attache.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Random;
import org.junit.jupiter.api.Test;

class KuhnMunkresTest {
  @Test
  void maximumWeightMatching_square_findsTheBestPermutation() {
    // The six permutations total 13, 11, 12, 15, 19 and 24; the best puts row 0 on column 2, row 1 on 1, row 2 on 0.
    double[][] w = {{7, 5, 11}, {5, 4, 1}, {9, 3, 2}};
    assertThat(KuhnMunkres.maximumWeightMatching(w)).containsExactly(2, 1, 0);
  }

  @Test
  void maximumWeightMatching_greedyTrap_crossesOver() {
    assertThat(KuhnMunkres.maximumWeightMatching(new double[][] {{0.8, 0.7}, {0.7, 0}})).containsExactly(1, 0);
  }

  @Test
  void maximumWeightMatching_moreColumnsOrMoreRows_leavesTheRestOut() {
    assertThat(KuhnMunkres.maximumWeightMatching(new double[][] {{1, 2, 3}, {3, 2, 1}})).containsExactly(2, 0);
    assertThat(KuhnMunkres.maximumWeightMatching(new double[][] {{1, 3}, {2, 2}, {3, 1}})).containsExactly(1, -1, 0);
    assertThat(KuhnMunkres.maximumWeightMatching(new double[0][0])).isEmpty();
  }

  @Test
  void maximumWeightMatching_randomMatrices_equalBruteForce() {
    Random random = new Random(20140526);
    for (int trial = 0; trial < 300; trial++) {
      int rows = 1 + random.nextInt(5);
      int cols = 1 + random.nextInt(5);
      double[][] w = new double[rows][cols];
      for (double[] row : w) {
        for (int j = 0; j < cols; j++) {
          row[j] = random.nextInt(4) == 0 ? 0 : random.nextDouble();
        }
      }
      int[] match = KuhnMunkres.maximumWeightMatching(w);
      assertThat(total(w, match)).as("trial %d", trial).isCloseTo(best(w, 0, new boolean[cols]),
          org.assertj.core.api.Assertions.within(1e-9));
      assertThat(java.util.Arrays.stream(match).filter(c -> c >= 0).distinct().count())
          .isEqualTo(Math.min(rows, cols));
    }
  }

  @Test
  void maximumWeightMatching_raggedMatrix_isRejected() {
    assertThatThrownBy(() -> KuhnMunkres.maximumWeightMatching(new double[][] {{1, 2}, {3}}))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("rectangular");
  }

  private static double total(double[][] w, int[] match) {
    double sum = 0;
    for (int i = 0; i < match.length; i++) {
      sum += match[i] < 0 ? 0 : w[i][match[i]];
    }
    return sum;
  }

  /** The best total by trying every assignment (a row may also stay unmatched). */
  private static double best(double[][] w, int row, boolean[] used) {
    if (row == w.length) {
      return 0;
    }
    double best = best(w, row + 1, used);
    for (int j = 0; j < used.length; j++) {
      if (!used[j]) {
        used[j] = true;
        best = Math.max(best, w[row][j] + best(w, row + 1, used));
        used[j] = false;
      }
    }
    return best;
  }
}
