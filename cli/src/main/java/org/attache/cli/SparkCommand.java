package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache spark}: the pipeline on Apache Spark, writing Parquet. Spark is a provided
 * dependency: on a cluster {@code spark-submit} supplies it, and {@code ./attache spark} puts
 * Maven Central's Spark on the class path for local mode. This class names no Spark type, so the
 * other commands run without Spark.
 */
@Command(name = "spark", mixinStandardHelpOptions = true,
    description = "Run the pipeline on Apache Spark: IN... (files or folders, any Hadoop path) to OUT/events, "
        + "OUT/documents and OUT/diagnostics as Parquet.")
final class SparkCommand extends IoCommand implements Callable<Integer> {
  @Option(names = "--master", defaultValue = "local[2]", description = "Spark master (default: ${DEFAULT-VALUE})")
  String master;

  @Parameters(arity = "2..*", paramLabel = "IN... OUT", description = "input paths, then the output folder")
  List<String> paths;

  @Override
  public Integer call() {
    List<String> inputs = paths.subList(0, paths.size() - 1);
    String out = paths.get(paths.size() - 1);
    try {
      Class.forName("org.apache.spark.sql.SparkSession");
    } catch (ClassNotFoundException e) {
      throw new Main.UsageException("Spark is not on the class path: run this command through ./attache spark, "
          + "or submit org.attache.spark.SparkMain with spark-submit");
    }
    long[] counts = SparkRunner.run(master, inputs, out);
    err.printf("attache: %d documents, %d events, %d diagnostics written under %s in %.1f s (%d partitions)%n",
        counts[0], counts[1], counts[2], out, counts[3] / 1000.0, counts[4]);
    return counts[2] == 0 ? Main.OK : Main.INPUT_ERRORS;
  }
}
