package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.attache.sample.Sample;
import org.attache.testing.SharedData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code ingest} and {@code events} end to end on the seeds, with the real language models
 * (loaded once for this test JVM) and an embedded store in a temporary folder.
 */
class StoreCommandsTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir Path dir;

  private String db() {
    return "jdbc:duckdb:" + dir.resolve("store.duckdb");
  }

  private List<JsonNode> events(String... filters) throws IOException {
    List<String> args = new ArrayList<>(List.of("events", "--db", db()));
    args.addAll(List.of(filters));
    MainTest.Run run = MainTest.run(args.toArray(String[]::new));
    assertThat(run.code()).as(run.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : run.lines()) {
      out.add(JSON.readTree(line));
    }
    return out;
  }

  @Test
  void ingest_seedsTwice_sameCountsMeetingsApartTreatyMergedWithConflict() throws IOException {
    Path seeds = SharedData.require("seeds");
    MainTest.Run first = MainTest.run("ingest", "--db", db(), seeds.toString());
    assertThat(first.code()).as(first.err()).isZero();
    List<JsonNode> once = events();
    MainTest.Run second = MainTest.run("ingest", "--db", db(), "--verbose", seeds.toString());
    assertThat(second.code()).as(second.err()).isZero();
    assertThat(second.err()).contains("0 added, 5 already stored");
    List<JsonNode> twice = events();
    assertThat(twice).hasSameSizeAs(once);
    assertThat(ids(twice)).isEqualTo(ids(once));

    // Jalali and Bogdanov met twice: 29 January and 6 March 2025; two events, not one.
    List<String> meetings = events("--dyad", "IRN,RUS", "--code", "04", "--actor", "IRNGOV").stream()
        .filter(e -> "Kazem Jalali".equals(e.get("source").get("name").asText(null)))
        .map(e -> e.get("date").asText()).collect(Collectors.toList());
    assertThat(meetings).contains("2025-01-29", "2025-03-06");

    // The treaty: "signed on January 17" (2025) in one article, "signed in 2024" in another.
    List<JsonNode> treaty = events("--code", "057", "--dyad", "IRN,RUS");
    assertThat(treaty).isNotEmpty().allSatisfy(e -> {
      assertThat(e.get("sources").asInt()).isEqualTo(2);
      assertThat(e.get("mentions")).hasSize(2);
      assertThat(e.get("date").asText()).isEqualTo("2025-01-17");
      assertThat(e.get("conflicts").get(0).asText()).contains("2025-01-17").contains("2024");
    });
  }

  @Test
  void ingest_onThreeThreads_storesExactlyWhatOneThreadStores() throws IOException {
    Path sample = Files.createDirectories(dir.resolve("sample"));
    for (Sample.File f : Sample.files()) {
      Files.write(sample.resolve(Path.of(f.name()).getFileName().toString()), f.bytes());
    }
    Files.copy(sample.resolve(Path.of(Sample.files().get(0).name()).getFileName().toString()), sample.resolve("zz-copy.txt"));
    List<String> stored = new ArrayList<>();
    for (String threads : List.of("1", "3")) {
      String db = "jdbc:duckdb:" + dir.resolve("threads-" + threads + ".duckdb");
      MainTest.Run ingest = MainTest.run("ingest", "--db", db, "--threads", threads, sample.toString());
      assertThat(ingest.code()).as(ingest.err()).isZero();
      assertThat(ingest.err()).contains("1 already stored"); // the copy, whether or not its twin was stored yet
      MainTest.Run events = MainTest.run("events", "--db", db);
      assertThat(events.code()).as(events.err()).isZero();
      stored.add(events.out());
    }
    assertThat(stored.get(0)).isNotBlank();
    assertThat(stored.get(1)).isEqualTo(stored.get(0));
    assertThat(MainTest.run("ingest", "--db", db(), "--threads", "0", sample.toString()).code()).isEqualTo(2);
  }

  @Test
  void events_filtersAndFormats_onAnEmptyStore() {
    MainTest.Run run = MainTest.run("events", "--db", db(), "--format", "table");
    assertThat(run.code()).as(run.err()).isZero();
    assertThat(run.out()).contains("0 events");
    MainTest.Run csv = MainTest.run("events", "--db", db(), "--format", "csv", "--country", "IRN");
    assertThat(csv.code()).as(csv.err()).isZero();
  }

  @Test
  void events_badFilters_usageErrors() {
    MainTest.Run dyad = MainTest.run("events", "--db", db(), "--dyad", "IRN");
    assertThat(dyad.code()).isEqualTo(Main.USAGE);
    assertThat(dyad.err()).contains("--dyad takes two countries").contains("'IRN'");
    MainTest.Run date = MainTest.run("events", "--db", db(), "--from", "January");
    assertThat(date.code()).isEqualTo(Main.USAGE);
    assertThat(date.err()).contains("not a date: 'January'");
  }

  @Test
  void ingest_badOrUnreachableStore_clearMessageNoTrace() {
    MainTest.Run bad = MainTest.run("ingest", "--db", "postgres://db/attache", dir.toString());
    assertThat(bad.code()).isEqualTo(Main.USAGE);
    assertThat(bad.err()).contains("unsupported store URL 'postgres://db/attache'").doesNotContain("Exception");
    MainTest.Run down = MainTest.run("events", "--db", "jdbc:postgresql://127.0.0.1:9/attache?user=a&password=hunter2");
    assertThat(down.code()).isEqualTo(Main.INPUT_ERRORS);
    assertThat(down.err()).contains("cannot connect to PostgreSQL 127.0.0.1:9/attache").doesNotContain("hunter2")
        .doesNotContain("\tat ");
  }

  @Test
  void pathOptions_notAStoreOrNotAFile_clearMessageAndNothingOverwritten() throws IOException {
    Path notes = Files.writeString(dir.resolve("notes.txt"), "my notes, not a database\n");
    Path folder = Files.createDirectories(dir.resolve("folder"));
    Files.writeString(folder.resolve("keep.txt"), "keep");
    for (String db : List.of("jdbc:duckdb:" + notes, "jdbc:duckdb:" + folder)) {
      MainTest.Run r = MainTest.run("events", "--db", db);
      assertThat(r.code()).as(db + ": " + r.err()).isEqualTo(Main.INPUT_ERRORS);
      assertThat(r.err()).as(db).startsWith("attache: ").doesNotContain("\tat ");
      assertThat(r.err().lines().count()).as(db + ": " + r.err()).isEqualTo(1);
    }
    assertThat(Files.readString(notes)).isEqualTo("my notes, not a database\n");
    assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("keep");

    for (Path out : List.of(folder, dir.resolve("no/such/folder/events.jsonl"))) {
      MainTest.Run r = MainTest.run("export", "--db", db(), "--format", "jsonl", "--out", out.toString());
      assertThat(r.code()).as(out + ": " + r.err()).isEqualTo(Main.INPUT_ERRORS);
      assertThat(r.err()).as(out.toString()).startsWith("attache: cannot write " + out).doesNotContain("\tat ");
    }
    assertThat(folder).isDirectory();
    assertThat(Files.readString(folder.resolve("keep.txt"))).isEqualTo("keep");
    try (var files = Files.list(dir)) {
      assertThat(files.map(f -> f.getFileName().toString())).as("files left beside the export").noneMatch(
          n -> n.endsWith(".tmp"));
    }
  }

  private static List<String> ids(List<JsonNode> events) {
    return events.stream().map(e -> e.get("id").asText()).sorted().collect(Collectors.toList());
  }
}
