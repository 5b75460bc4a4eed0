package org.attache.spark;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.storage.StorageLevel;
import org.attache.model.ActorRef;
import org.attache.model.DatedDocument;
import org.attache.model.Diagnostic;
import org.attache.model.Event;
import org.attache.model.Location;
import org.attache.model.Publication;
import scala.Tuple2;

/**
 * The Spark job: files (text, HTML, JSON Lines, WARC) from any Hadoop-compatible paths, listed
 * and cut into partitions of decreasing size by {@link InputFiles}, the pipeline in
 * {@code mapPartitions} with one annotator per executor, and Parquet out:
 * {@code OUT/events}, {@code OUT/documents} and {@code OUT/diagnostics}, with the columns of
 * {@code extract}'s CSV.
 *
 * <p>Design decision: one pass over the input yields rows of all three kinds, tagged, persisted
 * and split, so no file is annotated twice.
 */
public final class SparkJob {
  private static final String EVENT = "event";
  private static final String DOCUMENT = "document";
  private static final String DIAGNOSTIC = "diagnostic";

  /** The events' columns: CONTRACT.md's record flattened with underscores. */
  public static final StructType EVENTS = new StructType()
      .add("id", DataTypes.StringType, false).add("doc", DataTypes.StringType, false)
      .add("code", DataTypes.StringType, false).add("quad_class", DataTypes.IntegerType, false)
      .add("goldstein", DataTypes.DoubleType, false).add("plover", DataTypes.StringType)
      .add("source_text", DataTypes.StringType).add("source_name", DataTypes.StringType)
      .add("source_code", DataTypes.StringType).add("source_country", DataTypes.StringType)
      .add("target_text", DataTypes.StringType).add("target_name", DataTypes.StringType)
      .add("target_code", DataTypes.StringType).add("target_country", DataTypes.StringType)
      .add("date", DataTypes.StringType).add("date_basis", DataTypes.StringType)
      .add("location_name", DataTypes.StringType).add("location_country", DataTypes.StringType)
      .add("lat", DataTypes.DoubleType).add("lon", DataTypes.DoubleType).add("geonames_id", DataTypes.LongType)
      .add("sentence", DataTypes.StringType, false).add("span_start", DataTypes.IntegerType, false)
      .add("span_end", DataTypes.IntegerType, false).add("confidence", DataTypes.DoubleType, false);

  /** The documents' columns. */
  public static final StructType DOCUMENTS = new StructType()
      .add("doc", DataTypes.StringType, false).add("title", DataTypes.StringType).add("url", DataTypes.StringType)
      .add("published", DataTypes.StringType).add("published_from", DataTypes.StringType)
      .add("published_to", DataTypes.StringType).add("published_basis", DataTypes.StringType)
      .add("language", DataTypes.StringType).add("text", DataTypes.StringType, false);

  /** The diagnostics' columns: the file, the stage and what went wrong. */
  public static final StructType DIAGNOSTICS = new StructType()
      .add("origin", DataTypes.StringType).add("stage", DataTypes.StringType).add("message", DataTypes.StringType);

  private SparkJob() {}

  /**
   * What a run wrote.
   *
   * @param seconds the time from reading the input to the last Parquet file, after the models
   *     were loaded (on a local master, where the driver is the executor)
   * @param partitions how many partitions the input was read in
   */
  public record Summary(long documents, long events, long diagnostics, double seconds, int partitions) {}

  /**
   * Runs the pipeline over every file under the inputs and writes Parquet under {@code out},
   * replacing what was there.
   */
  public static Summary run(SparkSession spark, List<String> inputs, String out) {
    Objects.requireNonNull(out, "out");
    if (inputs.isEmpty()) {
      throw new IllegalArgumentException("no inputs given");
    }
    JavaSparkContext jsc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    if (jsc.isLocal()) {
      Worker.get().warmUp(); // the driver is the executor: load the models before the clock starts
    }
    long start = System.nanoTime();
    InputFiles.Listing listing = InputFiles.list(jsc.hadoopConfiguration(), inputs);
    // Partitions of decreasing size, largest first: the last tasks are short, so that a core does
    // not sit idle while another finishes.
    List<List<InputFiles.InputFile>> groups = InputFiles.deal(listing.files(), jsc.defaultParallelism());
    Broadcast<InputFiles.HadoopConf> conf = jsc.broadcast(new InputFiles.HadoopConf(jsc.hadoopConfiguration()));
    JavaRDD<List<InputFiles.InputFile>> files = jsc.parallelize(groups, groups.size());
    List<Tuple2<String, Row>> missing = new ArrayList<>();
    for (Diagnostic d : listing.missing()) {
      missing.add(new Tuple2<>(DIAGNOSTIC, RowFactory.create(d.origin(), d.stage(), d.message())));
    }
    JavaRDD<Tuple2<String, Row>> processed = files.mapPartitions(group -> process(group, conf));
    // Memory and disk, not memory only: a partition that does not fit in the executor's storage
    // memory must spill, not be annotated again by each of the writes that read it.
    JavaRDD<Tuple2<String, Row>> rows = (missing.isEmpty() ? processed : processed.union(jsc.parallelize(missing, 1)))
        .persist(StorageLevel.MEMORY_AND_DISK());
    try {
      Dataset<Row> events = spark.createDataFrame(rows.filter(t -> t._1().equals(EVENT)).map(Tuple2::_2), EVENTS);
      Dataset<Row> documents = spark.createDataFrame(rows.filter(t -> t._1().equals(DOCUMENT)).map(Tuple2::_2), DOCUMENTS);
      Dataset<Row> diagnostics = spark.createDataFrame(rows.filter(t -> t._1().equals(DIAGNOSTIC)).map(Tuple2::_2), DIAGNOSTICS);
      events.write().mode(SaveMode.Overwrite).parquet(out + "/events");
      documents.write().mode(SaveMode.Overwrite).parquet(out + "/documents");
      diagnostics.write().mode(SaveMode.Overwrite).parquet(out + "/diagnostics");
      // One pass over the persisted rows counts all three kinds: three counts were three more jobs.
      Map<String, Long> counts = rows.map(Tuple2::_1).countByValue();
      return new Summary(counts.getOrDefault(DOCUMENT, 0L), counts.getOrDefault(EVENT, 0L),
          counts.getOrDefault(DIAGNOSTIC, 0L), (System.nanoTime() - start) / 1e9, files.getNumPartitions());
    } finally {
      rows.unpersist();
      conf.destroy();
    }
  }

  /** One partition: its files through this executor's worker, each read as a stream from its file system. */
  private static Iterator<Tuple2<String, Row>> process(Iterator<List<InputFiles.InputFile>> groups,
      Broadcast<InputFiles.HadoopConf> conf) {
    Worker worker = Worker.get();
    List<Tuple2<String, Row>> out = new ArrayList<>();
    while (groups.hasNext()) {
      for (InputFiles.InputFile f : groups.next()) {
        Worker.Output o;
        try {
          Path path = new Path(f.path());
          FileSystem fs = path.getFileSystem(conf.value().get());
          o = worker.process(f.name(), f.path(), f.length(), () -> fs.open(path));
        } catch (IOException e) {
          out.add(new Tuple2<>(DIAGNOSTIC, RowFactory.create(f.path(), "read", "cannot read file: " + e.getMessage())));
          continue;
        }
        o.documents().forEach(d -> out.add(new Tuple2<>(DOCUMENT, document(d))));
        o.events().forEach(e -> out.add(new Tuple2<>(EVENT, event(e))));
        for (Diagnostic d : o.diagnostics()) {
          out.add(new Tuple2<>(DIAGNOSTIC, RowFactory.create(d.origin(), d.stage(), d.message())));
        }
      }
    }
    return out.iterator();
  }

  static Row document(DatedDocument d) {
    Publication p = d.publication();
    return RowFactory.create(d.document().id(), d.document().title(), d.document().url(),
        p.published() == null ? null : p.published().toString(), p.range() == null ? null : p.range().start().toString(),
        p.range() == null ? null : p.range().end().toString(), p.basis() == null ? null : p.basis().label(),
        d.document().language(), d.document().text());
  }

  static Row event(Event e) {
    ActorRef s = e.source();
    ActorRef t = e.target();
    Location l = e.location();
    return RowFactory.create(e.id(), e.doc(), e.code(), e.quadClass(), e.goldstein(), e.plover(), s.text(), s.name(),
        s.code(), s.country(), t == null ? null : t.text(), t == null ? null : t.name(), t == null ? null : t.code(),
        t == null ? null : t.country(), e.date(), e.dateBasis(), l == null ? null : l.name(),
        l == null ? null : l.country(), l == null ? null : l.lat(), l == null ? null : l.lon(),
        l == null ? null : l.geonamesId(), e.sentence(), e.spanStart(), e.spanEnd(), e.confidence());
  }
}
