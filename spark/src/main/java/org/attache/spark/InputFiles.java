package org.attache.spark;

import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.PriorityQueue;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.attache.model.Diagnostic;

/**
 * A run's input files, listed on the driver through Hadoop's {@link FileSystem} API (any
 * Hadoop-compatible path: local, HDFS, S3 through s3a) and dealt into partitions of about equal
 * size.
 *
 * <p>Design decision: not {@code JavaSparkContext.binaryFiles}. Its listing asks every file for
 * its permissions, which Hadoop's local file system answers by starting {@code ls -ld} in a child
 * process, twice per file: 400 processes for 200 files, four seconds on the driver before the
 * first task (measured with JFR). And it packs small files into splits by count, so one
 * partition could hold the run's largest files. Listing here reads names and lengths only.
 */
final class InputFiles {
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
   * Deals the files into at most {@code partitions} groups of about equal bytes: largest first,
   * each to the group with the fewest bytes so far. There is at least one group, and only
   * with no files is a group empty.
   */
  static List<List<InputFile>> deal(List<InputFile> files, int partitions) {
    int n = Math.max(1, Math.min(partitions, files.size()));
    List<List<InputFile>> groups = new ArrayList<>(n);
    // Entries are {bytes so far, group index}; ties go to the lower index, so the deal is stable.
    PriorityQueue<long[]> lightest = new PriorityQueue<>(n,
        Comparator.<long[]>comparingLong(g -> g[0]).thenComparingLong(g -> g[1]));
    for (int i = 0; i < n; i++) {
      groups.add(new ArrayList<>());
      lightest.add(new long[] {0, i});
    }
    List<InputFile> bySize = new ArrayList<>(files);
    bySize.sort(Comparator.comparingLong(InputFile::length).reversed());
    for (InputFile f : bySize) {
      long[] g = lightest.poll();
      groups.get((int) g[1]).add(f);
      g[0] += Math.max(1, f.length()); // an empty file still costs a read
      lightest.add(g);
    }
    return groups;
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
