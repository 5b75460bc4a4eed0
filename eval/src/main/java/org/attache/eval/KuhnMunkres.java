package org.attache.eval;

import java.util.Arrays;

/**
 * The assignment problem (Kuhn 1955, Munkres 1957): the one-to-one matching of rows to columns
 * of a weight matrix with the largest total weight. This is the O(n²m) Hungarian method with row
 * and column potentials: rows are added one at a time and each is placed by growing a tree of
 * tight edges (shortest augmenting path), adjusting the potentials by the smallest slack until a
 * free column is reached. CEAF uses it to align key and response clusters. Stateless.
 */
final class KuhnMunkres {
  private KuhnMunkres() {}

  /**
   * The matching of largest total weight.
   *
   * @param weights a rectangular matrix of finite weights, {@code weights[row][column]}
   * @return for each row its column, or -1 for rows left over when there are more rows than
   *     columns
   */
  static int[] maximumWeightMatching(double[][] weights) {
    int rows = weights.length;
    int cols = rows == 0 ? 0 : weights[0].length;
    for (double[] row : weights) {
      if (row.length != cols) {
        throw new IllegalArgumentException("weights must be rectangular: rows of " + cols + " and " + row.length);
      }
      for (double w : row) {
        if (!Double.isFinite(w)) {
          throw new IllegalArgumentException("weights must be finite, found " + w);
        }
      }
    }
    if (rows == 0 || cols == 0) {
      int[] none = new int[rows];
      Arrays.fill(none, -1);
      return none;
    }
    if (rows <= cols) {
      return minimumCost(negate(weights, false), rows, cols);
    }
    int[] byColumn = minimumCost(negate(weights, true), cols, rows);
    int[] out = new int[rows];
    Arrays.fill(out, -1);
    for (int c = 0; c < cols; c++) {
      out[byColumn[c]] = c;
    }
    return out;
  }

  /** Costs to minimise: the weights negated, transposed when asked. */
  private static double[][] negate(double[][] w, boolean transpose) {
    int n = transpose ? w[0].length : w.length;
    int m = transpose ? w.length : w[0].length;
    double[][] cost = new double[n][m];
    for (int i = 0; i < n; i++) {
      for (int j = 0; j < m; j++) {
        cost[i][j] = -(transpose ? w[j][i] : w[i][j]);
      }
    }
    return cost;
  }

  /** Minimum-cost assignment of every one of {@code n} rows to distinct columns, {@code n <= m}. */
  private static int[] minimumCost(double[][] cost, int n, int m) {
    // 1-based: column 0 is a sentinel holding the row being placed.
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] rowOfColumn = new int[m + 1];
    int[] previous = new int[m + 1];
    for (int row = 1; row <= n; row++) {
      rowOfColumn[0] = row;
      int column = 0;
      double[] slack = new double[m + 1];
      Arrays.fill(slack, Double.POSITIVE_INFINITY);
      boolean[] inTree = new boolean[m + 1];
      do {
        inTree[column] = true;
        int i = rowOfColumn[column];
        double delta = Double.POSITIVE_INFINITY;
        int next = -1;
        for (int j = 1; j <= m; j++) {
          if (inTree[j]) {
            continue;
          }
          double reduced = cost[i - 1][j - 1] - u[i] - v[j];
          if (reduced < slack[j]) {
            slack[j] = reduced;
            previous[j] = column;
          }
          if (slack[j] < delta) {
            delta = slack[j];
            next = j;
          }
        }
        for (int j = 0; j <= m; j++) {
          if (inTree[j]) {
            u[rowOfColumn[j]] += delta;
            v[j] -= delta;
          } else {
            slack[j] -= delta;
          }
        }
        column = next;
      } while (rowOfColumn[column] != 0);
      // Flip the augmenting path back to the sentinel.
      do {
        int before = previous[column];
        rowOfColumn[column] = rowOfColumn[before];
        column = before;
      } while (column != 0);
    }
    int[] out = new int[n];
    for (int j = 1; j <= m; j++) {
      if (rowOfColumn[j] != 0) {
        out[rowOfColumn[j] - 1] = j - 1;
      }
    }
    return out;
  }
}
