package org.attache.spark;

import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.SparkSession;

/**
 * The entry point for {@code spark-submit}: {@code IN... OUT}. The master and resources come from
 * spark-submit, as on any cluster.
 */
public final class SparkMain {
  private SparkMain() {}

  public static void main(String[] args) {
    if (args.length < 2) {
      System.err.println("usage: spark-submit --class org.attache.spark.SparkMain attache-spark.jar IN... OUT");
      System.exit(2);
    }
    List<String> inputs = Arrays.asList(args).subList(0, args.length - 1);
    SparkSession spark = SparkSession.builder().appName("attache").getOrCreate();
    try {
      SparkJob.Summary s = SparkJob.run(spark, inputs, args[args.length - 1]);
      System.err.printf("attache: %d documents, %d events, %d diagnostics%n", s.documents(), s.events(), s.diagnostics());
    } finally {
      spark.stop();
    }
  }
}
