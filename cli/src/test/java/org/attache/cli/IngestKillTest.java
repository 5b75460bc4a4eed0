package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.attache.sample.Sample;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Killing {@code attache ingest} (SIGKILL, no chance to clean up) in the middle of a batch, then
 * running it again, gives exactly the store a single uninterrupted run gives: nothing lost,
 * nothing twice.
 */
class IngestKillTest {
  @TempDir Path dir;

  @Test
  void ingest_killedMidBatchThenRerun_sameStoreAsOneRun() throws Exception {
    Path input = Files.createDirectories(dir.resolve("articles"));
    for (Sample.File f : Sample.files()) {
      Files.write(input.resolve(Path.of(f.name()).getFileName().toString()), f.bytes());
    }
    String killed = "jdbc:duckdb:" + dir.resolve("killed.duckdb");
    String clean = "jdbc:duckdb:" + dir.resolve("clean.duckdb");

    int storedBeforeKill = runAndKill(List.of("ingest", "--verbose", "--db", killed, input.toString()), 3);
    assertThat(storedBeforeKill).as("articles stored before the kill").isGreaterThanOrEqualTo(3);

    MainTest.Run resume = MainTest.run("ingest", "--db", killed, input.toString());
    assertThat(resume.code()).as(resume.err()).isZero();
    assertThat(resume.err()).contains(storedBeforeKill + " already stored");
    MainTest.Run once = MainTest.run("ingest", "--db", clean, input.toString());
    assertThat(once.code()).as(once.err()).isZero();

    assertThat(events(killed)).isEqualTo(events(clean)).isNotEmpty();
  }

  /** Starts the command in a new JVM, kills it after {@code after} articles are stored; returns how many were. */
  private static int runAndKill(List<String> args, int after) throws IOException, InterruptedException {
    List<String> command = new ArrayList<>(List.of(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    command.addAll(args);
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    CountDownLatch stored = new CountDownLatch(after);
    List<String> lines = new ArrayList<>();
    Thread reader = new Thread(() -> {
      try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
        for (String line; (line = r.readLine()) != null; ) {
          synchronized (lines) {
            lines.add(line);
          }
          if (line.contains(": added,")) {
            stored.countDown();
          }
        }
      } catch (IOException e) {
        // The process was killed; its output ends here.
      }
    });
    reader.start();
    boolean reached = stored.await(5, TimeUnit.MINUTES);
    p.destroyForcibly();
    p.waitFor(1, TimeUnit.MINUTES);
    reader.join(10_000);
    synchronized (lines) {
      assertThat(reached).as("the child stored %d articles; its output: %s", after, lines).isTrue();
      return (int) lines.stream().filter(l -> l.contains(": added,")).count();
    }
  }

  private static List<String> events(String db) {
    MainTest.Run r = MainTest.run("events", "--db", db);
    assertThat(r.code()).as(r.err()).isZero();
    return r.lines().stream().sorted().collect(Collectors.toList());
  }
}
