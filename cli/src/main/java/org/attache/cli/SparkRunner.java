package org.attache.cli;

import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.attache.spark.SparkJob;

/** Starts a Spark session for {@link SparkCommand}; loaded only when Spark is on the class path. */
final class SparkRunner {
  private SparkRunner() {}

  /** Documents, events and diagnostics written, and the milliseconds the job took once the models were loaded. */
  static long[] run(String master, List<String> inputs, String out) {
    SparkSession spark = SparkSession.builder().appName("attache").master(master)
        .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "4").getOrCreate();
    try {
      SparkJob.Summary s = SparkJob.run(spark, inputs, out);
      return new long[] {s.documents(), s.events(), s.diagnostics(), Math.round(s.seconds() * 1000), s.partitions()};
    } finally {
      spark.stop();
    }
  }
}
