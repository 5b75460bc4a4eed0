package org.attache.eval;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The coreference measures of the CoNLL-2012 shared task, comparing a key (gold) clustering of
 * mentions with a response (system) clustering: MUC (Vilain et al. 1995), B-cubed (Bagga and
 * Baldwin 1998), entity-based CEAF with the φ4 similarity (Luo 2005), and the CoNLL F1, their
 * mean. A mention may be missing from one side (a "twinless" mention): it then overlaps nothing
 * there, as in the reference scorer.
 *
 * <p>Design decision: a measure whose denominator is zero scores 0 (MUC on singletons only has
 * no links to find), as the reference scorer does, rather than being left out.
 *
 * <p>Stateless and thread-safe.
 */
final class CorefScores {
  private CorefScores() {}

  /** Precision and recall of one measure. */
  record Score(double precision, double recall) {
    double f1() {
      return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
    }
  }

  /** The three measures and their mean F1. */
  record All(Score muc, Score b3, Score ceafe) {
    double conllF1() {
      return (muc.f1() + b3.f1() + ceafe.f1()) / 3;
    }
  }

  static <T> All all(Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    return new All(muc(key, response), bCubed(key, response), ceafE(key, response));
  }

  /**
   * MUC: recall is the share of the key's links that the response keeps, Σ(|K| − |p(K)|) /
   * Σ(|K| − 1), where p(K) splits K by the response's clusters (a twinless mention alone);
   * precision the same with key and response swapped.
   */
  static <T> Score muc(Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    return new Score(mucRecall(response, key), mucRecall(key, response));
  }

  private static <T> double mucRecall(Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    Map<T, Integer> where = index(response, "response");
    long found = 0;
    long links = 0;
    for (Collection<T> k : key) {
      long parts = 0;
      java.util.Set<Integer> seen = new java.util.HashSet<>();
      for (T m : k) {
        Integer r = where.get(m);
        if (r == null || seen.add(r)) {
          parts++;
        }
      }
      found += k.size() - parts;
      links += k.size() - 1;
    }
    return links == 0 ? 0 : found / (double) links;
  }

  /**
   * B-cubed: recall is the mean over key mentions of |K ∩ R| / |K| for the mention's key cluster
   * K and response cluster R; precision the mean over response mentions of |K ∩ R| / |R|.
   */
  static <T> Score bCubed(Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    return new Score(bCubedRecall(response, key), bCubedRecall(key, response));
  }

  private static <T> double bCubedRecall(Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    List<Map<Integer, Integer>> overlaps = overlaps(key, index(response, "response"));
    double sum = 0;
    long mentions = 0;
    int i = 0;
    for (Collection<T> k : key) {
      for (int shared : overlaps.get(i++).values()) {
        sum += shared * (double) shared / k.size();
      }
      mentions += k.size();
    }
    return mentions == 0 ? 0 : sum / mentions;
  }

  /**
   * CEAF-e: the one-to-one alignment of key and response clusters that maximises the summed
   * similarity φ4(K, R) = 2|K ∩ R| / (|K| + |R|); recall is that sum over the number of key
   * clusters, precision over the number of response clusters. Clusters that share no mention
   * have similarity 0, so the alignment is solved separately on each connected group of
   * overlapping clusters, which keeps the Kuhn-Munkres matrices small.
   */
  static <T> Score ceafE(Collection<? extends Collection<T>> key, Collection<? extends Collection<T>> response) {
    List<? extends Collection<T>> ks = List.copyOf(key);
    List<? extends Collection<T>> rs = List.copyOf(response);
    List<Map<Integer, Integer>> overlaps = overlaps(ks, index(rs, "response"));
    double best = 0;
    for (List<int[]> component : components(overlaps, ks.size(), rs.size())) {
      best += align(component, overlaps, ks, rs);
    }
    return new Score(rs.isEmpty() ? 0 : best / rs.size(), ks.isEmpty() ? 0 : best / ks.size());
  }

  /** The best total φ4 within one group: its key clusters (a[0] == 0) and response clusters (a[0] == 1). */
  private static <T> double align(List<int[]> component, List<Map<Integer, Integer>> overlaps,
      List<? extends Collection<T>> ks, List<? extends Collection<T>> rs) {
    List<Integer> keys = new ArrayList<>();
    List<Integer> resp = new ArrayList<>();
    for (int[] node : component) {
      (node[0] == 0 ? keys : resp).add(node[1]);
    }
    double[][] phi = new double[keys.size()][resp.size()];
    for (int i = 0; i < keys.size(); i++) {
      for (int j = 0; j < resp.size(); j++) {
        int shared = overlaps.get(keys.get(i)).getOrDefault(resp.get(j), 0);
        phi[i][j] = 2.0 * shared / (ks.get(keys.get(i)).size() + rs.get(resp.get(j)).size());
      }
    }
    int[] match = KuhnMunkres.maximumWeightMatching(phi);
    double total = 0;
    for (int i = 0; i < match.length; i++) {
      total += match[i] < 0 ? 0 : phi[i][match[i]];
    }
    return total;
  }

  /** Connected groups of clusters that share mentions; nodes are {0, key index} and {1, response index}. */
  private static List<List<int[]>> components(List<Map<Integer, Integer>> overlaps, int keys, int responses) {
    int[] parent = new int[keys + responses];
    for (int i = 0; i < parent.length; i++) {
      parent[i] = i;
    }
    for (int k = 0; k < keys; k++) {
      for (int r : overlaps.get(k).keySet()) {
        parent[root(parent, k)] = root(parent, keys + r);
      }
    }
    Map<Integer, List<int[]>> groups = new HashMap<>();
    for (int n = 0; n < parent.length; n++) {
      int[] node = n < keys ? new int[] {0, n} : new int[] {1, n - keys};
      groups.computeIfAbsent(root(parent, n), x -> new ArrayList<>()).add(node);
    }
    return new ArrayList<>(groups.values());
  }

  private static int root(int[] parent, int n) {
    while (parent[n] != n) {
      parent[n] = parent[parent[n]];
      n = parent[n];
    }
    return n;
  }

  /** For each key cluster, how many of its mentions each response cluster holds (by index). */
  private static <T> List<Map<Integer, Integer>> overlaps(Collection<? extends Collection<T>> key, Map<T, Integer> response) {
    List<Map<Integer, Integer>> out = new ArrayList<>();
    for (Collection<T> k : key) {
      Map<Integer, Integer> counts = new HashMap<>();
      for (T m : k) {
        Integer r = response.get(m);
        if (r != null) {
          counts.merge(r, 1, Integer::sum);
        }
      }
      out.add(counts);
    }
    return out;
  }

  /** Mention to the index of its cluster; a mention in two clusters is a programmer error. */
  private static <T> Map<T, Integer> index(Collection<? extends Collection<T>> clusters, String side) {
    Map<T, Integer> out = new HashMap<>();
    int i = 0;
    for (Collection<T> c : clusters) {
      for (T m : c) {
        Integer before = out.put(m, i);
        if (before != null && before != i) {
          throw new IllegalArgumentException("mention " + m + " is in two " + side + " clusters (" + before + " and " + i + ")");
        }
      }
      i++;
    }
    return out;
  }
}
