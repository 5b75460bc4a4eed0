package org.attache.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.attache.model.Diagnostic;

/**
 * A run's input files, listed on the driver through Hadoop's {@link FileSystem} API (any
 * Hadoop-compatible path: local, HDFS, S3 through s3a) and cut into partitions of decreasing
 * size.
 *
 * <p>Design decision: not {@code JavaSparkContext.binaryFiles}. Its listing asks every file for
 * its permissions, which Hadoop's local file system answers by starting {@code ls -ld} in a child
 * process, twice per file: 400 processes for 200 files, four seconds on the driver before the
 * first task (measured with JFR). And it packs small files into splits by count, so one
 * partition could hold the run's largest files. Listing here reads names and lengths only.
 */
final class InputFiles {
  /**
   * The most input one partition takes (unless one file is larger): a task holds its rows until
   * it ends, and 16 MiB of news is a few thousand articles, some minutes of one core.
   */
  static final long MAX_PARTITION_BYTES = 16L << 20;

  private InputFiles() {}

  /** One file to read: its full Hadoop path and its length in bytes. */
  record InputFile(String path, long length) implements Serializable {
    String name() {
      return path.substring(path.lastIndexOf('/') + 1);
    }
  }

  /** What the listing found: the files in path order, and the inputs that matched nothing. */
  record Listing(List<InputFile> files, List<Diagnostic> missing) {}

  /**
   * Every file under the inputs (files, folders walked recursively, or glob patterns), skipping
   * names that start with {@code _} or {@code .} as Hadoop's input formats do (a previous job's
   * {@code _SUCCESS}, an editor's {@code .swp}).
   */
  static Listing list(Configuration conf, List<String> inputs) {
    List<InputFile> files = new ArrayList<>();
    List<Diagnostic> missing = new ArrayList<>();
    for (String input : inputs) {
      try {
        Path path = new Path(input);
        FileSystem fs = path.getFileSystem(conf);
        FileStatus[] matches = fs.globStatus(path);
        if (matches == null || matches.length == 0) {
          missing.add(Diagnostic.of("read", input, "no such file or directory"));
          continue;
        }
        for (FileStatus match : matches) {
          walk(fs, match, files);
        }
      } catch (IOException | IllegalArgumentException e) {
        missing.add(Diagnostic.of("read", input, "cannot list: " + e.getMessage()));
      }
    }
    return new Listing(files, missing);
  }

  private static void walk(FileSystem fs, FileStatus status, List<InputFile> out) throws IOException {
    if (!status.isDirectory()) {
      out.add(new InputFile(status.getPath().toString(), status.getLen()));
      return;
    }
    FileStatus[] children = fs.listStatus(status.getPath(), InputFiles::visible);
    Arrays.sort(children, Comparator.comparing((FileStatus c) -> c.getPath().toString()));
    for (FileStatus child : children) {
      walk(fs, child, out);
    }
  }

  private static boolean visible(Path path) {
    String name = path.getName();
    return !name.startsWith("_") && !name.startsWith(".");
  }

  /**
   * Cuts the files into partitions for {@code cores} task slots, largest files first and each
   * partition smaller than the one before ("guided" scheduling): a partition holds about half a
   * core's share of the bytes still left, down to a floor of 1/64 of a core's share of the whole.
   * Spark starts partitions in index order and a core takes the next one when it is free, so the
   * long partitions run while there is work left to even out the cores, and the run ends on short
   * ones: a core waits at most about one short partition for the other.
   *
   * <p>Design decision: not partitions of equal bytes. With sixteen equal partitions on two
   * cores, the last one ran alone for 8 s of an 85 s run (JFR): bytes predict a partition's time
   * only roughly, and the error of the last partition is all tail.
   *
   * @return every file exactly once; no partition is empty, and there is one (empty) partition
   *     when there are no files
   */
  static List<List<InputFile>> deal(List<InputFile> files, int cores) {
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::length).reversed().thenComparing(InputFile::path));
    long total = 0;
    for (InputFile f : bySize) {
      total += cost(f);
    }
    int slots = Math.max(1, cores);
    long floor = Math.max(1, Math.min(MAX_PARTITION_BYTES, total / (64L * slots)));
    List<List<InputFile>> groups = new ArrayList<>();
    long remaining = total;
    int next = 0;
    while (next < bySize.size()) {
      long target = Math.min(MAX_PARTITION_BYTES, Math.max(floor, remaining / (2L * slots)));
      List<InputFile> group = new ArrayList<>();
      long bytes = 0;
      while (next < bySize.size() && (group.isEmpty() || bytes < target)) {
        InputFile f = bySize.get(next++);
        group.add(f);
        bytes += cost(f);
      }
      groups.add(group);
      remaining -= bytes;
    }
    if (groups.isEmpty()) {
      groups.add(new ArrayList<>());
    }
    return groups;
  }

  /** A file's share of the work: its bytes, and an empty file still costs a read. */
  private static long cost(InputFile f) {
    return Math.max(1, f.length());
  }

  /** A Hadoop configuration that Spark can broadcast (Configuration is Writable, not Serializable). */
  static final class HadoopConf implements Serializable {
    private static final long serialVersionUID = 1L;
    private transient Configuration conf;

    HadoopConf(Configuration conf) {
      this.conf = conf;
    }

    Configuration get() {
      return conf;
    }

    private void writeObject(ObjectOutputStream out) throws IOException {
      out.defaultWriteObject();
      conf.write(out);
    }

    private void readObject(ObjectInputStream in) throws IOException, ClassNotFoundException {
      in.defaultReadObject();
      conf = new Configuration(false);
      conf.readFields(in);
    }
  }
}
