package org.attache.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.attache.spark.SparkJob;

/**
 * Spark scaling: the job over the same input on two masters (say {@code local[1]} and
 * {@code local[2]}) in one JVM, the runs interleaved in pairs. Arguments:
 * {@code BASE OTHER PAIRS OUT IN...}. Run by {@code bench/throughput}.
 *
 * <p>Design decision: one JVM, runs alternating, not one JVM per master. The models, the warm-up
 * and the JIT compiler's work are then the same for both masters, and a pair's two runs lie
 * minutes apart, so that a machine that slows down or speeds up for a while (on this one the same
 * run in the same JVM took from 126 to 148 s) moves both alike. Pairs alternate their order
 * (base first, then other first) so that a steady drift favours neither. Before the pairs, one run
 * on {@code OTHER} gives a fresh executor's time: the JIT compiler still at work on code the
 * warm-up did not reach.
 *
 * <p>The last line is {@code key=value} pairs: {@code first_s}, the medians {@code base_s} and
 * {@code other_s}, and {@code speedup}, the median of the pairs' ratios, with their least and
 * greatest. Every run must write the same counts, or the benchmark fails.
 */
public final class SparkScalingBenchmark {
  private SparkScalingBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 5) {
      System.err.println("usage: SparkScalingBenchmark BASE OTHER PAIRS OUT IN...");
      System.exit(2);
    }
    String base = args[0];
    String other = args[1];
    int pairs = Integer.parseInt(args[2]);
    String out = args[3];
    List<String> inputs = List.of(args).subList(4, args.length);
    List<Double> baseSeconds = new ArrayList<>();
    List<Double> otherSeconds = new ArrayList<>();
    List<Double> ratios = new ArrayList<>();
    SparkJob.Summary first = run(other, inputs, out, null);
    System.out.printf(Locale.ROOT, "%s, first run (a fresh executor): %d documents, %d events, %d diagnostics in %.1f s%n",
        other, first.documents(), first.events(), first.diagnostics(), first.seconds());
    for (int pair = 1; pair <= pairs; pair++) {
      boolean baseFirst = pair % 2 == 1;
      double a;
      double b;
      if (baseFirst) {
        a = run(base, inputs, out, first).seconds();
        b = run(other, inputs, out, first).seconds();
      } else {
        b = run(other, inputs, out, first).seconds();
        a = run(base, inputs, out, first).seconds();
      }
      baseSeconds.add(a);
      otherSeconds.add(b);
      ratios.add(a / b);
      System.out.printf(Locale.ROOT, "pair %d (%s first): %s %.1f s, %s %.1f s: %.2fx%n",
          pair, baseFirst ? base : other, base, a, other, b, a / b);
    }
    System.out.printf(Locale.ROOT, "base=%s other=%s pairs=%d first_s=%.1f base_s=%.1f other_s=%.1f speedup=%.2f"
        + " speedup_min=%.2f speedup_max=%.2f%n", base, other, pairs, first.seconds(), median(baseSeconds),
        median(otherSeconds), median(ratios), min(ratios), max(ratios));
  }

  /** One run on a new session with the master; its counts must match {@code expected}'s. */
  private static SparkJob.Summary run(String master, List<String> inputs, String out, SparkJob.Summary expected) {
    SparkSession spark = SparkSession.builder().appName("attache-bench").master(master)
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    try {
      SparkJob.Summary s = SparkJob.run(spark, inputs, out);
      if (expected != null && (s.documents() != expected.documents() || s.events() != expected.events()
          || s.diagnostics() != expected.diagnostics())) {
        throw new IllegalStateException(String.format(Locale.ROOT,
            "%s wrote %d documents, %d events, %d diagnostics; the first run wrote %d, %d, %d", master,
            s.documents(), s.events(), s.diagnostics(), expected.documents(), expected.events(), expected.diagnostics()));
      }
      return s;
    } finally {
      spark.stop();
    }
  }

  private static double median(List<Double> values) {
    if (values.isEmpty()) {
      return Double.NaN;
    }
    List<Double> sorted = new ArrayList<>(values);
    sorted.sort(null);
    int n = sorted.size();
    return n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
  }

  private static double min(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
  }

  private static double max(List<Double> values) {
    return values.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
  }
}
