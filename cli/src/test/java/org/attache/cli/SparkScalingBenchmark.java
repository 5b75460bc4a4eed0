package org.attache.cli;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.attache.spark.SparkJob;

/**
 * The Spark job run several times over the same input in one JVM, on one master: the first run is
 * what a fresh executor gives (the JIT compiler still at work on code the warm-up did not reach),
 * the later ones its steady rate. Arguments: {@code MASTER RUNS OUT IN...}. The last line is
 * {@code key=value} pairs: {@code first_s} and {@code steady_s} (the median of the later runs).
 * Run by {@code bench/throughput}, one JVM per master.
 */
public final class SparkScalingBenchmark {
  private SparkScalingBenchmark() {}

  public static void main(String[] args) {
    if (args.length < 4) {
      System.err.println("usage: SparkScalingBenchmark MASTER RUNS OUT IN...");
      System.exit(2);
    }
    String master = args[0];
    int runs = Integer.parseInt(args[1]);
    String out = args[2];
    List<String> inputs = List.of(args).subList(3, args.length);
    SparkSession spark = SparkSession.builder().appName("attache-bench").master(master)
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    List<Double> seconds = new ArrayList<>();
    try {
      for (int run = 1; run <= runs; run++) {
        SparkJob.Summary s = SparkJob.run(spark, inputs, out);
        seconds.add(s.seconds());
        System.out.printf(Locale.ROOT, "%s run %d: %d documents, %d events, %d diagnostics in %.1f s%n",
            master, run, s.documents(), s.events(), s.diagnostics(), s.seconds());
      }
    } finally {
      spark.stop();
    }
    List<Double> later = new ArrayList<>(seconds.subList(Math.min(1, seconds.size()), seconds.size()));
    later.sort(null);
    double steady = later.isEmpty() ? Double.NaN
        : later.size() % 2 == 1 ? later.get(later.size() / 2)
        : (later.get(later.size() / 2 - 1) + later.get(later.size() / 2)) / 2;
    System.out.printf(Locale.ROOT, "master=%s runs=%d first_s=%.1f steady_s=%.1f%n", master, runs, seconds.get(0), steady);
  }
}
