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
  void deal_everyFileOnce_noEmptyGroup_andNoGroupOverAveragePlusLargestFile() {
    Random random = new Random(7);
    for (int round = 0; round < 200; round++) {
      int n = random.nextInt(60);
      List<InputFile> files = new ArrayList<>();
      for (int i = 0; i < n; i++) {
        // Sizes spread like news pages and digests: mostly small, a few large.
        long size = random.nextInt(10) == 0 ? 50_000 + random.nextInt(500_000) : random.nextInt(20_000);
        files.add(new InputFile("file:/in/" + i + ".txt", size));
      }
      int partitions = 1 + random.nextInt(20);
      List<List<InputFile>> groups = InputFiles.deal(files, partitions);

      assertThat(groups).hasSize(Math.max(1, Math.min(partitions, n)));
      assertThat(groups.stream().flatMap(Collection::stream)).containsExactlyInAnyOrderElementsOf(files);
      if (n > 0) {
        assertThat(groups).allSatisfy(g -> assertThat(g).isNotEmpty());
        long total = files.stream().mapToLong(f -> Math.max(1, f.length())).sum();
        long largest = files.stream().mapToLong(f -> Math.max(1, f.length())).max().orElseThrow();
        long heaviest = groups.stream().mapToLong(g -> g.stream().mapToLong(f -> Math.max(1, f.length())).sum()).max().orElseThrow();
        assertThat(heaviest).as("round %d", round).isLessThanOrEqualTo(total / groups.size() + largest);
      }
    }
  }

  @Test
  void deal_manySmallFilesAndOneLarge_putsTheLargeOneAlone() {
    List<InputFile> files = new ArrayList<>();
    files.add(new InputFile("file:/in/big.warc.gz", 1_000_000));
    for (int i = 0; i < 30; i++) {
      files.add(new InputFile("file:/in/" + i + ".txt", 10_000));
    }
    List<List<InputFile>> groups = InputFiles.deal(files, 4);
    assertThat(groups).anySatisfy(g -> assertThat(g).extracting(InputFile::name).containsExactly("big.warc.gz"));
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
