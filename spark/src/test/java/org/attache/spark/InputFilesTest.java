package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import org.apache.hadoop.conf.Configuration;
import org.attache.spark.InputFiles.InputFile;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InputFilesTest {
  @TempDir Path dir;

  @Test
  void list_walksFoldersInPathOrder_skipsHiddenAndUnderscoreNames_reportsMissingInputs() throws Exception {
    Files.createDirectories(dir.resolve("in/b"));
    Files.writeString(dir.resolve("in/b/2.txt"), "two");
    Files.writeString(dir.resolve("in/1.txt"), "one!");
    Files.writeString(dir.resolve("in/_SUCCESS"), "");
    Files.writeString(dir.resolve("in/.1.txt.crc"), "x");
    Files.createDirectories(dir.resolve("in/.git"));
    Files.writeString(dir.resolve("in/.git/HEAD"), "ref");
    Files.writeString(dir.resolve("lone.jsonl"), "{}");

    InputFiles.Listing l = InputFiles.list(new Configuration(false),
        List.of(dir.resolve("in").toString(), dir.resolve("lone.jsonl").toUri().toString(), dir.resolve("nowhere").toString()));

    assertThat(l.files()).extracting(InputFile::name, InputFile::length)
        .containsExactly(tuple("1.txt", 4L), tuple("2.txt", 3L),
            tuple("lone.jsonl", 2L));
    assertThat(l.files().get(0).path()).startsWith("file:").endsWith("/in/1.txt");
    assertThat(l.missing()).singleElement().satisfies(d -> {
      assertThat(d.origin()).isEqualTo(dir.resolve("nowhere").toString());
      assertThat(d.message()).isEqualTo("no such file or directory");
    });
  }

  @Test
  void list_globPattern_matchesFiles() throws Exception {
    Files.writeString(dir.resolve("a.txt"), "a");
    Files.writeString(dir.resolve("b.html"), "b");
    InputFiles.Listing l = InputFiles.list(new Configuration(false), List.of(dir.resolve("*.txt").toString()));
    assertThat(l.files()).extracting(InputFile::name).containsExactly("a.txt");
    assertThat(l.missing()).isEmpty();
  }

  @Test
  void deal_everyFileOnce_largestFirst_eachPartitionStopsAtItsShareOfWhatIsLeft() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(60);
      List<InputFile> files = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        files.add(new InputFile("file:/in/" + i + ".txt", newsPageSize(random)));
      }
      int cores = 1 + random.nextInt(8);
      List<List<InputFile>> groups = InputFiles.deal(files, cores);

      List<InputFile> flat = groups.stream().flatMap(Collection::stream).toList();
      assertThat(flat).containsExactlyInAnyOrderElementsOf(files);
      assertThat(flat).extracting(InputFile::length).isSortedAccordingTo(Comparator.reverseOrder());
      if (n == 0) {
        assertThat(groups).singleElement().satisfies(g -> assertThat(g).isEmpty());
        continue;
      }
      long total = flat.stream().mapToLong(InputFilesTest::cost).sum();
      long floor = Math.max(1, Math.min(InputFiles.MAX_PARTITION_BYTES, total / (64L * cores)));
      long remaining = total;
      for (List<InputFile> g : groups) {
        assertThat(g).isNotEmpty();
        long bytes = g.stream().mapToLong(InputFilesTest::cost).sum();
        long target = Math.min(InputFiles.MAX_PARTITION_BYTES, Math.max(floor, remaining / (2L * cores)));
        // Reaches its target, or takes the last files; and without its last file it was short of it.
        assertThat(bytes >= target || g.get(g.size() - 1) == flat.get(flat.size() - 1)).as("round %d", round).isTrue();
        assertThat(bytes - cost(g.get(g.size() - 1))).as("round %d", round).isLessThan(target);
        remaining -= bytes;
      }
    }
  }

  @Test
  void deal_whenBytesPredictTimeOnlyRoughly_theCoresStillFinishTogether() {
    // 495 news pages, each taking between half and one and a half times what its bytes predict,
    // run in partition order by two cores, each taking the next partition when it is free.
    Random random = new Random(11);
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 495; i++) {
      files.add(new InputFile("file:/in/" + i + ".jsonl", 2_000 + random.nextInt(20_000)));
    }
    double[] factor = random.doubles(495, 0.5, 1.5).toArray();
    List<List<InputFile>> groups = InputFiles.deal(files, 2);
    double[] free = new double[2];
    double work = 0;
    for (List<InputFile> g : groups) {
      double t = g.stream().mapToDouble(f -> f.length() * factor[Integer.parseInt(f.name().replace(".jsonl", ""))]).sum();
      work += t;
      int core = free[0] <= free[1] ? 0 : 1;
      free[core] += t;
    }
    double idle = Math.abs(free[0] - free[1]);
    assertThat(groups.size()).isBetween(8, 40);
    assertThat(idle / (work / 2)).as("the tail, as a share of a core's work").isLessThan(0.015);
  }

  @Test
  void deal_oneLargeFile_runsFirst_andAlone() {
    List<InputFile> files = new ArrayList<>();
    for (int i = 0; i < 30; i++) {
      files.add(new InputFile("file:/in/" + i + ".txt", 10_000));
    }
    files.add(new InputFile("file:/in/big.warc.gz", 1_000_000));
    List<List<InputFile>> groups = InputFiles.deal(files, 4);
    assertThat(groups.get(0)).extracting(InputFile::name).containsExactly("big.warc.gz");
  }

  @Test
  void deal_aLargeInput_isCutIntoPartitionsOfAtMostTheCap_butALargerFileStaysWhole() {
    List<InputFile> files = new ArrayList<>();
    files.add(new InputFile("file:/in/crawl.warc.gz", 40L << 20));
    for (int i = 0; i < 200; i++) {
      files.add(new InputFile("file:/in/" + i + ".jsonl", 1L << 20));
    }
    List<List<InputFile>> groups = InputFiles.deal(files, 2);
    assertThat(groups.get(0)).extracting(InputFile::name).containsExactly("crawl.warc.gz");
    assertThat(groups.subList(1, groups.size())).allSatisfy(g ->
        assertThat(g.stream().mapToLong(InputFile::length).sum()).isLessThanOrEqualTo(InputFiles.MAX_PARTITION_BYTES));
    assertThat(groups.stream().mapToInt(List::size).sum()).isEqualTo(201);
  }

  /** Sizes spread like news pages and digests: mostly small, a few large, some empty. */
  private static long newsPageSize(Random random) {
    return random.nextInt(10) == 0 ? 50_000 + random.nextInt(500_000) : random.nextInt(20_000);
  }

  private static long cost(InputFile f) {
    return Math.max(1, f.length());
  }

  @Test
  void hadoopConf_survivesJavaSerialization() throws Exception {
    Configuration conf = new Configuration(false);
    conf.set("fs.s3a.endpoint", "http://minio.local:9000");
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new InputFiles.HadoopConf(conf));
    }
    try (ObjectInputStream in = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      InputFiles.HadoopConf copy = (InputFiles.HadoopConf) in.readObject();
      assertThat(copy.get().get("fs.s3a.endpoint")).isEqualTo("http://minio.local:9000");
    }
  }
}
